using System.Globalization;
using Campaigns.Web.Features.Signing;
using CsvHelper;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Campaigns.Web.Features.Letters;

/// <summary>Writes a letter's signatories as CSV, every text cell neutralised against spreadsheet formulas.</summary>
public sealed class SignatoriesCsvResult(SignatoriesExport.Export export) : IResult, IActionResult
{
    private const string Timestamp = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    private static readonly string[] Columns =
    [
        "group", "source", "name", "is_organisation", "organisation_name", "organisation_domain", "role", "country", "city", "email",
        "personal_text", "signed_at", "confirmed_at",
    ];

    // The byte-order mark is what makes spreadsheet programs read names such as 王炳章 as UTF-8.
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { WriteByteOrderMark = true };

    public Task ExecuteResultAsync(ActionContext context) => ExecuteAsync(context.HttpContext);

    public async Task ExecuteAsync(HttpContext http)
    {
        var ct = http.RequestAborted;
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = export.FileName }.ToString();
        await using var csv = CsvWriter.Create(http.Response.Body, Options, leaveOpen: true);
        await csv.WriteRecordAsync(Columns, ct);
        await foreach (var row in export.Rows.WithCancellation(ct))
        {
            await csv.WriteRecordAsync(Cells(row), ct);
        }
        await csv.FlushAsync(ct);
    }

    private static string[] Cells(SignatoryRow r) =>
    [
        SpreadsheetFormula.Neutralize(r.Group),
        r.Source,
        SpreadsheetFormula.Neutralize(r.Name),
        r.IsOrganisation ? "yes" : "no",
        SpreadsheetFormula.Neutralize(r.OrganisationName),
        SpreadsheetFormula.Neutralize(r.OrganisationDomain),
        SpreadsheetFormula.Neutralize(r.Role),
        SpreadsheetFormula.Neutralize(r.Country),
        SpreadsheetFormula.Neutralize(r.City),
        SpreadsheetFormula.Neutralize(r.Email),
        SpreadsheetFormula.Neutralize(r.PersonalText),
        r.SignedAt?.ToString(Timestamp, CultureInfo.InvariantCulture) ?? "",
        r.ConfirmedAt?.ToString(Timestamp, CultureInfo.InvariantCulture) ?? "",
    ];
}

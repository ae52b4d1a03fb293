using System.Globalization;
using Campaigns.Web.Features.Signing;
using CsvHelper;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Campaigns.Web.Features.Organizer;

/// <summary>
/// Writes signatures as CSV straight to the response. Every text cell is neutralised, because signers choose
/// their own names and comments and the organizer will open the file in a spreadsheet.
/// </summary>
public sealed class SignatureCsvResult(ExportSignatures.Export export) : IResult, IActionResult
{
    private const string Timestamp = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    private static readonly string[] Columns =
        ["name", "email", "country", "city", "comment", "public_name", "email_updates", "signed_at", "confirmed_at"];

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

    private static string[] Cells(SignatureRow row) =>
    [
        SpreadsheetFormula.Neutralize(row.Name),
        SpreadsheetFormula.Neutralize(row.Email),
        SpreadsheetFormula.Neutralize(row.Country),
        SpreadsheetFormula.Neutralize(row.City),
        SpreadsheetFormula.Neutralize(row.Comment),
        row.NameDisplay.ToString().ToLowerInvariant(),
        row.EmailUpdates ? "yes" : "no",
        row.CreatedAt.ToString(Timestamp, CultureInfo.InvariantCulture),
        row.ConfirmedAt?.ToString(Timestamp, CultureInfo.InvariantCulture) ?? "",
    ];
}

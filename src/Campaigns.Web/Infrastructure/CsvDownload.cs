using CsvHelper;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Campaigns.Web.Infrastructure;

/// <summary>Streams rows as a CSV attachment, for the API (IResult) and the pages (IActionResult) alike.</summary>
public abstract class CsvDownload<TRow>(string fileName, IAsyncEnumerable<TRow> rows) : IResult, IActionResult
{
    public const string Timestamp = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    // The byte-order mark is what makes spreadsheet programs read names such as 王炳章 as UTF-8.
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { WriteByteOrderMark = true };

    protected abstract string[] Columns { get; }

    /// <summary>The cells of one row; text people typed must go through SpreadsheetFormula.Neutralize.</summary>
    protected abstract string[] Cells(TRow row);

    public Task ExecuteResultAsync(ActionContext context) => ExecuteAsync(context.HttpContext);

    public async Task ExecuteAsync(HttpContext http)
    {
        var ct = http.RequestAborted;
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = fileName }.ToString();
        await using var csv = CsvWriter.Create(http.Response.Body, Options, leaveOpen: true);
        await csv.WriteRecordAsync(Columns, ct);
        await foreach (var row in rows.WithCancellation(ct))
        {
            await csv.WriteRecordAsync(Cells(row), ct);
        }
        await csv.FlushAsync(ct);
    }
}

using System.Globalization;
using CsvHelper;

namespace Campaigns.Fingerprints;

public enum ExportProblem { None, NotAnExport, Malformed, BadSignatureId, BadConfirmationTime }

/// <summary>The confirmed rows of an export, or the first problem that stopped reading it (with its row, the header being row 1).</summary>
public sealed record ExportReading(IReadOnlyList<ExportRecord> Records, ExportProblem Problem, int Row)
{
    public bool IsOk => Problem == ExportProblem.None;
}

/// <summary>
/// Reads the organizer's signature export (CSV). Only the columns <c>signature_id</c> and <c>confirmed_at</c> matter;
/// rows without a confirmation time (pending signatures, in an export of all) are not support yet and are skipped.
/// </summary>
public static class ExportReader
{
    public const string IdColumn = "signature_id";
    public const string ConfirmedColumn = "confirmed_at";

    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        TrimWhitespace = true,
        MalformedData = CsvMalformedDataHandling.Throw,
    };

    public static async Task<ExportReading> ReadAsync(TextReader text, CancellationToken ct = default)
    {
        try
        {
            return await ReadRecordsAsync(text, ct);
        }
        catch (CsvFormatException e)
        {
            return new ExportReading([], ExportProblem.Malformed, (int)e.RecordNumber + 1);
        }
    }

    private static async Task<ExportReading> ReadRecordsAsync(TextReader text, CancellationToken ct)
    {
        await using var csv = CsvReader.Create(text, Options, leaveOpen: true);
        await csv.ReadHeaderAsync(ct);
        var headers = csv.Headers.Select(h => h.Trim().TrimStart('\uFEFF')).ToList();
        var idColumn = headers.IndexOf(IdColumn);
        var confirmedColumn = headers.IndexOf(ConfirmedColumn);
        if (idColumn < 0 || confirmedColumn < 0)
        {
            return new ExportReading([], ExportProblem.NotAnExport, 1);
        }
        var records = new List<ExportRecord>();
        var row = 1;
        while (await csv.ReadAsync(ct))
        {
            row++;
            var confirmed = Cell(csv, confirmedColumn);
            if (string.IsNullOrEmpty(confirmed))
            {
                continue;
            }
            if (!Guid.TryParseExact(Cell(csv, idColumn), "D", out var id))
            {
                return new ExportReading([], ExportProblem.BadSignatureId, row);
            }
            if (!DateTime.TryParseExact(confirmed, FingerprintChain.TimestampFormat, CultureInfo.InvariantCulture,
                    DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at))
            {
                return new ExportReading([], ExportProblem.BadConfirmationTime, row);
            }
            records.Add(new ExportRecord(id, at));
        }
        return new ExportReading(records, ExportProblem.None, 0);
    }

    private static string? Cell(CsvReader csv, int column) => column < csv.FieldCount ? csv.GetString(column) : null;

    public static Task<ExportReading> ReadAsync(string csvText, CancellationToken ct = default) => ReadAsync(new StringReader(csvText), ct);
}

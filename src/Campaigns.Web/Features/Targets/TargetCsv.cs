using System.Text;
using CsvHelper;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Targets;

/// <summary>One data row of an import file, numbered as a spreadsheet shows it (the header is row 1).</summary>
public sealed record TargetCsvRow(long Row, TargetForm Target);

/// <summary>Reads the directory's import files: UTF-8 (with or without a byte-order mark), a header row, then one target per row.</summary>
public static class TargetCsv
{
    public const int MaxRows = 1000;
    public const long MaxBytes = 1024 * 1024;

    public static readonly IReadOnlyList<string> Columns =
    [
        "name", "title", "organisation", "country", "email", "postal_address", "salutation", "language", "time_zone",
        "channel", "mode", "hourly_cap", "office_hours_start", "office_hours_end", "digest_threshold", "digest_daily", "notes",
    ];

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        TrimWhitespace = true,
        MalformedData = CsvMalformedDataHandling.Throw,
    };

    /// <summary>The rows, or the reason the file as a whole cannot be read.</summary>
    public static (IReadOnlyList<TargetCsvRow> Rows, string? Problem) Read(byte[] bytes, IStringLocalizer l)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return ([], l["The file is not UTF-8 text. Save it as \"CSV UTF-8\" and try again."]);
        }
        text = text.TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(text))
        {
            return ([], l["The file is empty: it needs a header row and at least one target."]);
        }
        try
        {
            return ReadRecords(text, l);
        }
        catch (CsvFormatException ex)
        {
            return ([], l["Row {0}: the quotes in this row do not match; a value with commas or line breaks must be enclosed in double quotes.", ex.RecordNumber]);
        }
    }

    private static (IReadOnlyList<TargetCsvRow>, string?) ReadRecords(string text, IStringLocalizer l)
    {
        using var csv = CsvReader.FromText(text, Options);
        csv.ReadHeader();
        var headers = csv.Headers.Select(h => h.Trim().ToLowerInvariant()).ToList();
        if (HeaderProblem(headers, l) is { } problem)
        {
            return ([], problem);
        }
        var rows = new List<TargetCsvRow>();
        while (csv.Read())
        {
            if (rows.Count == MaxRows)
            {
                return ([], l["The file has more than {0:N0} targets. Split it into smaller files.", MaxRows]);
            }
            var cells = headers.Select((column, i) => (column, value: i < csv.FieldCount ? csv.GetString(i) : null))
                .ToDictionary(c => c.column, c => string.IsNullOrWhiteSpace(c.value) ? null : c.value);
            rows.Add(new TargetCsvRow(csv.RowNumber + 1, ToForm(cells)));
        }
        return rows.Count == 0 ? ([], l["The file has a header row but no targets."]) : (rows, null);
    }

    private static string? HeaderProblem(List<string> headers, IStringLocalizer l)
    {
        var unknown = headers.Where(h => !Columns.Contains(h)).ToList();
        if (unknown.Count > 0)
        {
            return l["Row 1: unknown column {0}. The columns are: {1}.", string.Join(", ", unknown.Select(u => $"'{u}'")), string.Join(",", Columns)];
        }
        var repeated = headers.GroupBy(h => h).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (repeated.Count > 0)
        {
            return l["Row 1: the column '{0}' appears more than once.", repeated[0]];
        }
        return headers.Contains("name") ? null : l["Row 1: the header row needs a 'name' column."].Value;
    }

    private static TargetForm ToForm(Dictionary<string, string?> c) => new()
    {
        Name = Cell(c, "name"), Title = Cell(c, "title"), Organisation = Cell(c, "organisation"), Country = Cell(c, "country"),
        Email = Cell(c, "email"), PostalAddress = Cell(c, "postal_address"), Salutation = Cell(c, "salutation"),
        Language = Cell(c, "language"), TimeZone = Cell(c, "time_zone"), Channel = Cell(c, "channel"), Mode = Cell(c, "mode"),
        HourlyCap = Cell(c, "hourly_cap"), OfficeHoursStart = Cell(c, "office_hours_start"), OfficeHoursEnd = Cell(c, "office_hours_end"),
        DigestThreshold = Cell(c, "digest_threshold"), DigestDaily = Cell(c, "digest_daily"), Notes = Cell(c, "notes"),
    };

    private static string? Cell(Dictionary<string, string?> cells, string column) => cells.GetValueOrDefault(column);
}

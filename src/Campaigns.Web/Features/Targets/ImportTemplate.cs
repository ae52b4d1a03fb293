using System.Text;

namespace Campaigns.Web.Features.Targets;

/// <summary>A CSV file to fill in: the header row and one example target.</summary>
public static class ImportTemplate
{
    public const string FileName = "targets-template.csv";

    private const string Example =
        "António Guterres,Secretary-General of the United Nations,United Nations,US,," +
        "\"760 United Nations Plaza\nNew York, NY 10017\nUnited States\",Dear Secretary-General / 尊敬的秘书长,en,America/New_York," +
        "post,on_release,,,,,,Letters are handed in when the campaign ends.";

    // The byte-order mark makes spreadsheet programs open the file as UTF-8, so names such as 王炳章 survive.
    public static byte[] Bytes() =>
        [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes($"{string.Join(',', TargetCsv.Columns)}\n{Example}\n")];
}

namespace Campaigns.Web.Features.Signing;

/// <summary>Text a spreadsheet would run as a formula when an organizer opens an export.</summary>
public static class SpreadsheetFormula
{
    private static readonly char[] Triggers = ['=', '+', '-', '@', '\t', '\r'];

    public static bool StartsWithTrigger(string? text)
    {
        var trimmed = text?.TrimStart(' ');
        return !string.IsNullOrEmpty(trimmed) && Triggers.Contains(trimmed[0]);
    }

    public static string Neutralize(string? text) => StartsWithTrigger(text) ? "'" + text : text ?? "";
}

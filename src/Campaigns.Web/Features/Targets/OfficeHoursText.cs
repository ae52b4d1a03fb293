using System.Globalization;

namespace Campaigns.Web.Features.Targets;

/// <summary>Times of day as organizers write them: "09:00" or "9:30".</summary>
public static class OfficeHoursText
{
    private static readonly string[] Formats = ["H:mm", "HH:mm", "H:mm:ss", "HH:mm:ss"];

    public static bool TryParse(string? text, out TimeOnly? time)
    {
        time = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        if (TimeOnly.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            time = parsed;
            return true;
        }
        return false;
    }

    public static TimeOnly? Parse(string? text) => TryParse(text, out var time) ? time : null;

    public static bool IsValid(string? text) => TryParse(text, out _);

    public static string? Format(TimeOnly? time) => time?.ToString("HH:mm", CultureInfo.InvariantCulture);
}

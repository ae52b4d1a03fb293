using Campaigns.Web.Domain;

namespace Campaigns.Web.Features.Deliveries;

/// <summary>Monday to Friday, between a target's opening and closing times in its own time zone.</summary>
public static class OfficeHours
{
    /// <summary>Now when the office is open (or keeps no hours), else the next opening, in UTC.</summary>
    public static DateTime NextOpening(Target target, DateTime utcNow)
    {
        if (target.OfficeHoursStart is not { } start || target.OfficeHoursEnd is not { } end || end <= start)
        {
            return utcNow;
        }
        var zone = Zone(target.TimeZone);
        var local = TimeZoneInfo.ConvertTimeFromUtc(utcNow, zone);
        for (var day = 0; day <= 7; day++)
        {
            var date = DateOnly.FromDateTime(local).AddDays(day);
            if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }
            var opens = date.ToDateTime(start);
            var closes = date.ToDateTime(end);
            if (local >= opens && local < closes)
            {
                return utcNow;
            }
            if (local < opens)
            {
                return ToUtc(opens, zone);
            }
        }
        return utcNow;
    }

    /// <summary>The most recent moment, at or before now, when the clock in the target's zone read <paramref name="time"/>.</summary>
    public static DateTime LastOccurrence(Target target, TimeOnly time, DateTime utcNow)
    {
        var zone = Zone(target.TimeZone);
        var local = TimeZoneInfo.ConvertTimeFromUtc(utcNow, zone);
        var today = DateOnly.FromDateTime(local).ToDateTime(time);
        return ToUtc(today <= local ? today : today.AddDays(-1), zone);
    }

    public static TimeZoneInfo Zone(string? id) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    // A local time skipped by a daylight-saving change does not exist; the hour after it does.
    private static DateTime ToUtc(DateTime local, TimeZoneInfo zone) =>
        zone.IsInvalidTime(local)
            ? TimeZoneInfo.ConvertTimeToUtc(local.AddHours(1), zone)
            : TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
}

using System.Text;

namespace Campaigns.Web.Features.Cases;

internal static class CaseText
{
    /// <summary>Latin script covers Basic Latin through Latin Extended Additional, so "Nguyễn" and "Łukasz" count.</summary>
    public static bool HasLatinLetter(string? text) =>
        text is not null && text.Normalize(NormalizationForm.FormC).Any(c => char.IsLetter(c) && (c <= '\u024F' || c is >= '\u1E00' and <= '\u1EFF'));

    public static bool IsWebAddress(string? text) =>
        string.IsNullOrWhiteSpace(text)
        || Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length > 0;
}

internal static class CaseDates
{
    /// <summary>
    /// The latest calendar date anywhere on Earth (UTC+14): a family reporting today's news from Asia must not
    /// be told their date is in the future while it is still yesterday in UTC.
    /// </summary>
    public static DateOnly LatestToday(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(14));

    public static DateOnly Truncate(DateOnly date, Domain.DatePrecision precision) => precision switch
    {
        Domain.DatePrecision.Year => new DateOnly(date.Year, 1, 1),
        Domain.DatePrecision.Month => new DateOnly(date.Year, date.Month, 1),
        _ => date,
    };
}

using System.Globalization;
using Campaigns.Web.Domain;

namespace Campaigns.Web.Features.Letters;

/// <summary>A letter's date as letters in its language write it: "2 December 2026", or 2026年12月2日 in Chinese.</summary>
public static class LetterDates
{
    public static string Format(DateOnly date, string language) =>
        language == ContentLanguages.English
            ? date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)
            : date.ToString("yyyy'年'M'月'd'日'", CultureInfo.InvariantCulture);
}

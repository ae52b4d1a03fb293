using System.Globalization;
using Campaigns.Web.Domain;
using Microsoft.AspNetCore.Mvc.Localization;

namespace Campaigns.Web.Features.Cases;

/// <summary>The words the case pages show for stored values, each key written out so it is in the resources.</summary>
public static class CaseLabels
{
    public static LocalizedHtmlString Status(IHtmlLocalizer l, CaseStatus status) => status switch
    {
        CaseStatus.Detained => l["Detained"],
        CaseStatus.Released => l["Released"],
        CaseStatus.Deceased => l["Deceased"],
        CaseStatus.Unknown => l["Status unknown"],
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>No more of the date than the source gives: "2024", "October 2019" or "19 September 2021".</summary>
    public static string Date(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => date.ToString("yyyy", CultureInfo.CurrentCulture),
        DatePrecision.Month => date.ToString("MMMM yyyy", CultureInfo.CurrentCulture),
        _ => Date(date),
    };

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>Whole years from the detention to its end (or today while the person is still held).</summary>
    public static int YearsHeld(DateOnly since, DateOnly until)
    {
        var years = until.Year - since.Year;
        return since.AddYears(years) > until ? years - 1 : years;
    }

    public static string Initials(string name) =>
        string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(p => char.IsLetter(p[0])).Take(2).Select(p => char.ToUpperInvariant(p[0])));
}

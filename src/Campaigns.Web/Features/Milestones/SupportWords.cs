using Campaigns.Web.Domain;
using Campaigns.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Milestones;

/// <summary>
/// A milestone's count in words. Appeal letters are each a supporter's letter and count as letters; every other
/// kind of campaign collects signatures; a person with both has "signatures and letters".
/// </summary>
public static class SupportWords
{
    public static string Count(IStringLocalizer<SharedResource> l, int count, IReadOnlyCollection<CampaignKind> kinds)
    {
        var letters = kinds.Contains(CampaignKind.AppealLetter);
        var signatures = !letters || kinds.Any(k => k != CampaignKind.AppealLetter);
        var n = count.ToString("N0");
        return (signatures, letters, count) switch
        {
            (true, true, _) => l["{0} signatures and letters", n],
            (_, true, 1) => l["{0} letter", n],
            (_, true, _) => l["{0} letters", n],
            (_, _, 1) => l["{0} signature", n],
            _ => l["{0} signatures", n],
        };
    }
}

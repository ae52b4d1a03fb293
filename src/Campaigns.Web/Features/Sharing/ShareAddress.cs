using Campaigns.Web.Infrastructure;
using Campaigns.Web.Infrastructure.Localization;

namespace Campaigns.Web.Features.Sharing;

/// <summary>
/// The absolute addresses a share hands out. They carry the sharer's language (<c>?lang=zh-Hant</c>), so the
/// people they send it to first see the page as the sharer did, whatever their own browser prefers.
/// </summary>
public static class ShareAddress
{
    public static string Campaign(CampaignsOptions site, string slug) => LanguageInLinks.WithLanguage(site.Link($"/campaigns/{slug}"));

    public static string QrCode(string slug) => LanguageInLinks.WithLanguage($"/c/{slug}/qr.svg");

    public static string Card(CampaignsOptions site, string slug) => LanguageInLinks.WithLanguage(site.Link($"/c/{slug}/card.png"));
}

using System.Globalization;
using Campaigns.Web.Infrastructure;

namespace Campaigns.Web.Features.Sharing;

/// <summary>
/// The absolute addresses a share hands out. They carry the sharer's language (<c>?lang=zh-Hant</c>), so the
/// people they send it to first see the page as the sharer did; English is the default and needs no parameter.
/// </summary>
public static class ShareAddress
{
    public const string DefaultLanguage = "en";

    public static string Campaign(CampaignsOptions site, string slug) => WithLanguage(site.Link($"/campaigns/{slug}"));

    public static string QrCode(string slug) => WithLanguage($"/c/{slug}/qr.svg");

    public static string Card(CampaignsOptions site, string slug) => WithLanguage(site.Link($"/c/{slug}/card.png"));

    public static string WithLanguage(string address)
    {
        var language = CultureInfo.CurrentUICulture.Name;
        return language is "" or DefaultLanguage || language.StartsWith(DefaultLanguage + "-", StringComparison.Ordinal)
            ? address
            : $"{address}{(address.Contains('?') ? '&' : '?')}lang={Uri.EscapeDataString(language)}";
    }
}

using Campaigns.Web.Domain;
using Campaigns.Web.Features.Tracking;
using Campaigns.Web.Infrastructure;
using Campaigns.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Sharing;

/// <summary>
/// A campaign's QR code (for posters) and its share card (for link previews). Both say the campaign's address in
/// the visitor's language, so they vary with whatever chose it.
/// </summary>
[Route("c/{slug}")]
public class SharingController(
    TrackedSubjects subjects, CardFonts fonts, IOptions<SharingOptions> options, IOptions<CampaignsOptions> site,
    IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("qr.svg")]
    public async Task<IActionResult> QrCode(string slug, CancellationToken ct)
    {
        if (await subjects.CampaignAsync(slug, ct) is null)
        {
            return NotFound();
        }
        var svg = QrCodeSvg.Render(ShareAddress.Campaign(site.Value, slug));
        return Respond(System.Text.Encoding.UTF8.GetBytes(svg), QrCodeSvg.ContentType, options.Value.QrMaxAgeSeconds);
    }

    [HttpGet("card.png")]
    public async Task<IActionResult> Card(string slug, CancellationToken ct)
    {
        if (await subjects.CampaignAsync(slug, ct) is not { } subject)
        {
            return NotFound();
        }
        var campaign = subject.Campaigns[0];
        var (count, figure) = Figure(campaign);
        var content = new CardContent(site.Value.SiteName, campaign.Title, figure, count, campaign.Goal);
        var etag = ConditionalGet.ETagOf($"{content}|{fonts.Any}");
        Response.Headers.Vary = "Accept-Language, Cookie";
        return ConditionalGet.IsNotModified(HttpContext, etag, options.Value.CardMaxAgeSeconds)
            ? StatusCode(StatusCodes.Status304NotModified)
            : File(ShareCard.Render(content, fonts), ShareCard.ContentType);
    }

    private IActionResult Respond(byte[] body, string contentType, int maxAgeSeconds)
    {
        Response.Headers.Vary = "Accept-Language, Cookie";
        return ConditionalGet.IsNotModified(HttpContext, ConditionalGet.ETagOf(body), maxAgeSeconds)
            ? StatusCode(StatusCodes.Status304NotModified)
            : File(body, contentType);
    }

    /// <summary>Joint statements count co-signing organisations; every other kind its supporters.</summary>
    private (int Count, string Words) Figure(CampaignRow campaign)
    {
        if (campaign.Kind == CampaignKind.JointStatement)
        {
            var organisations = campaign.Organisations;
            return (organisations, organisations == 1 ? l["1 organisation"] : l["{0} organisations", organisations.ToString("N0")]);
        }
        var people = campaign.Individuals;
        return (people, people == 1 ? l["{0} signature", people.ToString("N0")] : l["{0} signatures", people.ToString("N0")]);
    }
}

using Campaigns.Web.Features.Signing;
using Campaigns.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Campaigns.Web.Features.Campaigns;

[Route("campaigns")]
public class CampaignsController(CampaignQueries queries, TimeProvider clock) : Controller
{
    public const string ShowView = "/Features/Campaigns/Views/Show.cshtml";
    private const int RecentSignersShown = 10;

    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken ct = default) =>
        View(await queries.ListAsync(page, 20, ct));

    [HttpGet("{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct) =>
        await BuildPageAsync(queries, clock, slug, new SignForm(), ct) is { } page ? View(ShowView, page) : NotFound();

    internal static async Task<CampaignPage?> BuildPageAsync(CampaignQueries queries, TimeProvider clock, string slug, SignForm form, CancellationToken ct)
    {
        var campaign = await queries.GetAsync(slug, ct);
        if (campaign is null)
        {
            return null;
        }
        var signers = await queries.RecentSignersAsync(slug, RecentSignersShown, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var open = Domain.Campaign.IsOpen(campaign.Status, campaign.Deadline, now);
        return new CampaignPage(campaign, MarkdownRenderer.ToHtml(campaign.Body), signers, open, form, now);
    }
}

using Campaigns.Web.Features.Cases;
using Microsoft.AspNetCore.Mvc;

namespace Campaigns.Web.Features.Home;

public class HomeController(HomeQueries queries, CaseQueries cases, TimeProvider clock) : Controller
{
    private const int PeopleShown = 12;
    private const int CampaignsShown = 6;

    // HEAD as well, so uptime checks and link previews that probe the site get the page's status, not a 405.
    [HttpGet("/"), HttpHead("/")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var people = await cases.ListAsync(new CaseSearch(null, null, null, 1, PeopleShown), ct);
        return View(new HomePage(
            await queries.OpenCampaignsAsync(now, CampaignsShown, ct),
            people.Items.OrderBy(p => p.Status == Domain.CaseStatus.Detained ? 0 : 1).ToList(),
            DateOnly.FromDateTime(now)));
    }

    /// <summary>Browsers ask for /favicon.ico whatever the page links; the site's icon is an SVG.</summary>
    [HttpGet("/favicon.ico"), HttpHead("/favicon.ico")]
    public IActionResult Favicon() => RedirectPermanent("/favicon.svg");
}

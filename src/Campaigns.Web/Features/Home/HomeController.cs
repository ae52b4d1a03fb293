using Campaigns.Web.Features.Campaigns;
using Microsoft.AspNetCore.Mvc;

namespace Campaigns.Web.Features.Home;

public class HomeController(CampaignQueries queries) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View("/Features/Campaigns/Views/Index.cshtml", await queries.ListAsync(1, 20, ct));
}

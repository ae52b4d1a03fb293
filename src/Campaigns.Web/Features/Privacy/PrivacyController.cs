using Campaigns.Web.Features.Retention;
using Campaigns.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Privacy;

public class PrivacyController(IOptions<CampaignsOptions> campaigns, IOptions<RetentionOptions> retention) : Controller
{
    [HttpGet("/privacy")]
    public IActionResult Index() => View(new PrivacyPage(
        campaigns.Value.UnconfirmedRetentionDays,
        campaigns.Value.IpHashRetentionDays,
        retention.Value.SignerDataMonths,
        retention.Value.UnconfirmedAccountDays));
}

/// <summary>The retention periods as configured, so the page always says what the jobs do.</summary>
public sealed record PrivacyPage(int UnconfirmedSignatureDays, int IpHashDays, int SignerDataMonths, int UnconfirmedAccountDays);

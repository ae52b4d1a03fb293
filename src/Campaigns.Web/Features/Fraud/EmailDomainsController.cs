using Campaigns.Web.Features.Accounts;
using Campaigns.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Fraud;

[Authorize(Policy = IdentitySetup.AdminPolicy)]
[Route("admin/email-domains")]
public class EmailDomainsController(EmailDomainRules rules, IStringLocalizer<SharedResource> l) : Controller
{
    private const string PageView = "/Features/Fraud/Views/EmailDomains.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(PageView, new EmailDomainsPage(await rules.OverviewAsync(ct), null, null));

    [HttpPost("")]
    public async Task<IActionResult> Add([FromForm] string? domain, [FromForm] string? verdict, CancellationToken ct)
    {
        var errors = FraudApi.DomainErrors(domain, verdict, l);
        if (errors.Count == 0)
        {
            await rules.SetAsync(EmailDomains.Normalize(domain!), EmailDomainRules.Parse(verdict)!.Value, FraudApi.AdminName(User), ct);
            return RedirectToAction(nameof(Index));
        }
        foreach (var error in errors)
        {
            ModelState.AddModelError(error.PropertyName, error.ErrorMessage);
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(PageView, new EmailDomainsPage(await rules.OverviewAsync(ct), domain, verdict));
    }

    [HttpPost("{domain}/remove")]
    public async Task<IActionResult> Remove(string domain, CancellationToken ct)
    {
        await rules.RemoveAsync(EmailDomains.Normalize(domain), ct);
        return RedirectToAction(nameof(Index));
    }
}

public sealed record EmailDomainsPage(EmailDomainsOverview Overview, string? Domain, string? Verdict);

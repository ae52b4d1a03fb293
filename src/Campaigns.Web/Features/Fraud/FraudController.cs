using Campaigns.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Campaigns.Web.Features.Fraud;

[Authorize(Policy = IdentitySetup.AdminPolicy)]
[Route("admin")]
public class FraudController(
    AdminCampaigns campaigns, SourceAnalysis analysis, InvalidationHistory history, BulkInvalidation invalidation,
    InvalidationRequest.Validator validator) : Controller
{
    public const int CampaignsListed = 100;

    [HttpGet("campaigns")]
    public async Task<IActionResult> Campaigns(CancellationToken ct) =>
        View(await campaigns.RecentlySignedAsync(CampaignsListed, ct));

    [HttpGet("campaigns/{slug}/sources")]
    public async Task<IActionResult> Sources(string slug, CancellationToken ct) =>
        await campaigns.FindAsync(slug, ct) is { } campaign
            ? View(await PageAsync(campaign, new InvalidationRequest(), ct))
            : NotFound();

    [HttpPost("campaigns/{slug}/invalidations")]
    public async Task<IActionResult> Invalidate(string slug, [FromForm] InvalidationRequest form, CancellationToken ct)
    {
        if (await campaigns.FindAsync(slug, ct) is not { } campaign)
        {
            return NotFound();
        }
        var validation = await validator.ValidateAsync(form, ct);
        if (validation.IsValid)
        {
            await invalidation.InvalidateAsync(campaign.Id, form, FraudApi.AdminName(User), ct);
            return RedirectToAction(nameof(Sources), new { slug });
        }
        foreach (var error in validation.Errors)
        {
            ModelState.AddModelError(error.PropertyName, error.ErrorMessage);
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Sources), await PageAsync(campaign, form, ct));
    }

    [HttpPost("invalidations/{id:guid}/undo")]
    public async Task<IActionResult> Undo(Guid id, [FromForm] string? slug, CancellationToken ct)
    {
        await invalidation.UndoAsync(id, FraudApi.AdminName(User), ct);
        return string.IsNullOrEmpty(slug) ? RedirectToAction(nameof(Campaigns)) : RedirectToAction(nameof(Sources), new { slug });
    }

    private async Task<SourcesPage> PageAsync(AdminCampaign campaign, InvalidationRequest form, CancellationToken ct) =>
        new(campaign, await analysis.AnalyseAsync(campaign.Id, ct), await history.ForCampaignAsync(campaign.Id, ct), form);
}

public sealed record SourcesPage(AdminCampaign Campaign, SourceReport Report, IReadOnlyList<InvalidationView> Invalidations, InvalidationRequest Form);

using Campaigns.Web.Features.Fraud;
using Campaigns.Web.Data;
using Campaigns.Web.Features.Signing;
using Campaigns.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Following;

public class FollowingController(CampaignsDbContext db) : Controller
{
    [HttpGet("cases/{slug}/follow")]
    public async Task<IActionResult> Follow(string slug, CancellationToken ct) =>
        await PageAsync(slug, new FollowForm(), ct) is { } page ? View(page) : NotFound();

    [HttpPost("cases/{slug}/follow")]
    [EnableRateLimiting(SigningApi.RateLimitPolicy)]
    public async Task<IActionResult> Follow(
        string slug, [FromForm] FollowForm form, [FromServices] FollowCase.Validator validator,
        [FromServices] FollowCase.Handler handler, [FromServices] EmailDomainPolicy domains, CancellationToken ct)
    {
        if (form.IsFromBot)
        {
            return RedirectToAction(nameof(Requested), new { slug });
        }
        var request = new FollowCase.Request { Email = form.Email };
        var validation = await validator.ValidateAsync(request, ct);
        if (validation.IsValid && await domains.RefusalAsync(request.Email!, nameof(request.Email), ct) is { } refusal)
        {
            validation.Errors.Add(refusal);
        }
        if (validation.IsValid)
        {
            return await handler.HandleAsync(slug, request, HttpContext.Connection.RemoteIpAddress, ct) == FollowCase.Outcome.CaseNotFound
                ? NotFound()
                : RedirectToAction(nameof(Requested), new { slug });
        }
        foreach (var error in validation.Errors)
        {
            ModelState.AddModelError(error.PropertyName, error.ErrorMessage);
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await PageAsync(slug, form, ct) is { } page ? View(page) : NotFound();
    }

    [HttpGet("cases/{slug}/follow/requested")]
    public async Task<IActionResult> Requested(string slug, CancellationToken ct) =>
        await PageAsync(slug, new FollowForm(), ct) is { } page ? View(page) : NotFound();

    [HttpGet("follow/confirm/{token}")]
    public async Task<IActionResult> Confirm(string token, [FromServices] ConfirmFollower.Handler handler, CancellationToken ct) =>
        Confirmation(token, await handler.PreviewAsync(token, ct));

    [HttpPost("follow/confirm/{token}")]
    [EnableRateLimiting(RateLimits.Confirming)]
    public async Task<IActionResult> ConfirmPost(string token, [FromServices] ConfirmFollower.Handler handler, CancellationToken ct) =>
        Confirmation(token, await handler.HandleAsync(token, ct));

    private ViewResult Confirmation(string token, ConfirmFollower.Result result)
    {
        Response.StatusCode = result.Outcome == ConfirmFollower.Outcome.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status200OK;
        return View(nameof(Confirm), new FollowerConfirmationPage(token, result));
    }

    private async Task<FollowPage?> PageAsync(string slug, FollowForm form, CancellationToken ct) =>
        await db.Cases.AsNoTracking().Where(c => c.Slug == slug)
            .Select(c => new FollowPage(c.Slug, c.Name, form))
            .SingleOrDefaultAsync(ct);
}

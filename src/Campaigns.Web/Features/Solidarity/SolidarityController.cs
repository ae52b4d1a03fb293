using Campaigns.Web.Data;
using Campaigns.Web.Features.Fraud;
using Campaigns.Web.Features.Signing;
using Campaigns.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Solidarity;

/// <summary>Supporters' pages: read the approved messages, write one, and confirm it from the email.</summary>
public class SolidarityController(CampaignsDbContext db) : Controller
{
    private const string WriteView = "/Features/Solidarity/Views/Write.cshtml";

    [HttpGet("cases/{slug}/messages")]
    public async Task<IActionResult> Index(string slug, [FromServices] PublicMessages messages, int page = 1, CancellationToken ct = default) =>
        await messages.PageAsync(slug, page, ct) is { } found ? View("/Features/Solidarity/Views/Index.cshtml", found) : NotFound();

    [HttpGet("cases/{slug}/messages/write")]
    public async Task<IActionResult> Write(string slug, CancellationToken ct) =>
        await PageAsync(slug, new MessageForm(), ct) is { } page ? View(WriteView, page) : NotFound();

    [HttpPost("cases/{slug}/messages/write")]
    [EnableRateLimiting(SigningApi.RateLimitPolicy)]
    public async Task<IActionResult> Write(
        string slug, [FromForm] MessageForm form, [FromServices] WriteMessage.Validator validator,
        [FromServices] WriteMessage.Handler handler, [FromServices] EmailDomainPolicy domains, CancellationToken ct)
    {
        if (form.IsFromBot)
        {
            return RedirectToAction(nameof(Sent), new { slug });
        }
        var request = form.ToRequest();
        var validation = await validator.ValidateAsync(request, ct);
        if (validation.IsValid && await domains.RefusalAsync(request.Email!, nameof(request.Email), ct) is { } refusal)
        {
            validation.Errors.Add(refusal);
        }
        if (validation.IsValid)
        {
            return await handler.HandleAsync(slug, request, HttpContext.Connection.RemoteIpAddress, ct) == WriteMessage.Outcome.CaseNotFound
                ? NotFound()
                : RedirectToAction(nameof(Sent), new { slug });
        }
        foreach (var error in validation.Errors)
        {
            ModelState.AddModelError(error.PropertyName, error.ErrorMessage);
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await PageAsync(slug, form, ct) is { } page ? View(WriteView, page) : NotFound();
    }

    [HttpGet("cases/{slug}/messages/sent")]
    public async Task<IActionResult> Sent(string slug, CancellationToken ct) =>
        await PageAsync(slug, new MessageForm(), ct) is { } page ? View("/Features/Solidarity/Views/Sent.cshtml", page) : NotFound();

    [HttpGet("messages/confirm/{token}")]
    public async Task<IActionResult> Confirm(string token, [FromServices] ConfirmMessage.Handler handler, CancellationToken ct) =>
        Confirmation(token, await handler.PreviewAsync(token, ct));

    [HttpPost("messages/confirm/{token}")]
    [EnableRateLimiting(RateLimits.Confirming)]
    public async Task<IActionResult> ConfirmPost(string token, [FromServices] ConfirmMessage.Handler handler, CancellationToken ct) =>
        Confirmation(token, await handler.HandleAsync(token, ct));

    private ViewResult Confirmation(string token, ConfirmMessage.Result result)
    {
        Response.StatusCode = result.Outcome == ConfirmMessage.Outcome.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status200OK;
        return View("/Features/Solidarity/Views/Confirm.cshtml", new MessageConfirmationPage(token, result));
    }

    private async Task<WriteMessagePage?> PageAsync(string slug, MessageForm form, CancellationToken ct) =>
        await db.Cases.AsNoTracking().Where(c => c.Slug == slug)
            .Select(c => new WriteMessagePage(c.Slug, c.Name, form))
            .SingleOrDefaultAsync(ct);
}

using Campaigns.Web.Features.Accounts;
using Campaigns.Web.Features.Organizer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Campaigns.Web.Features.Deliveries;

public sealed record LedgerPage(string Slug, ListDeliveries.Request Filter, ListDeliveries.Response Ledger);

/// <summary>The organizer's delivery ledger pages, and the supporter's receipt page.</summary>
public class DeliveriesController(ListDeliveries.Handler ledger) : Controller
{
    private const string Unavailable = "~/Features/Organizer/Views/Unavailable.cshtml";

    [Authorize(Policy = IdentitySetup.OrganizerPolicy)]
    [HttpGet("organizer/campaigns/{slug}/deliveries")]
    public async Task<IActionResult> Ledger(string slug, Guid? target, string? status, int page = 1, CancellationToken ct = default)
    {
        var filter = new ListDeliveries.Request
        {
            Target = target,
            Status = DeliveryStatusNames.IsKnown(status) ? status : null,
            Page = Math.Clamp(page, 1, Infrastructure.Paging.MaxPage),
            PageSize = 50,
        };
        var result = await ledger.HandleAsync(User, slug, filter, ct);
        if (!result.IsOk)
        {
            Response.StatusCode = StatusOf(result.Outcome);
            return View(Unavailable, result.Outcome);
        }
        return View(nameof(Ledger), new LedgerPage(slug, filter, result.Value!));
    }

    [Authorize(Policy = IdentitySetup.OrganizerPolicy)]
    [HttpPost("organizer/campaigns/{slug}/deliveries/release")]
    public async Task<IActionResult> Release(string slug, [FromForm] Guid? target, [FromServices] ReleaseLetter.Handler handler, CancellationToken ct) =>
        await AfterAsync(slug, await handler.HandleAsync(User, slug, target, ct), ct);

    [Authorize(Policy = IdentitySetup.OrganizerPolicy)]
    [HttpPost("organizer/campaigns/{slug}/deliveries/{id:guid}/posted")]
    public async Task<IActionResult> Posted(
        string slug, Guid id, [FromForm] RecordPosting.Request request,
        [FromServices] RecordPosting.Validator validator, [FromServices] RecordPosting.Handler handler, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(request, ct);
        var result = validation.IsValid ? await handler.HandleAsync(User, id, request, ct) : OrganizerResult<DeliveryLine>.Invalid(validation.Errors);
        return await AfterAsync(slug, result, ct);
    }

    [AllowAnonymous]
    [HttpGet("letters/{token}")]
    public async Task<IActionResult> Receipt(string token, [FromServices] LetterReceipt receipts, CancellationToken ct)
    {
        var receipt = await receipts.LoadAsync(token, ct);
        if (receipt is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        return View(nameof(Receipt), receipt);
    }

    private async Task<IActionResult> AfterAsync<T>(string slug, OrganizerResult<T> result, CancellationToken ct)
    {
        if (result.IsOk)
        {
            return RedirectToAction(nameof(Ledger), new { slug });
        }
        if (result.Outcome is OrganizerOutcome.NotFound or OrganizerOutcome.Forbidden)
        {
            Response.StatusCode = StatusOf(result.Outcome);
            return View(Unavailable, result.Outcome);
        }
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(error.PropertyName, error.ErrorMessage);
        }
        if (result.Message.Length > 0)
        {
            ModelState.AddModelError("", result.Message);
        }
        var page = await ledger.HandleAsync(User, slug, new ListDeliveries.Request(), ct);
        Response.StatusCode = StatusOf(result.Outcome);
        return View(nameof(Ledger), new LedgerPage(slug, new ListDeliveries.Request(), page.Value!));
    }

    private static int StatusOf(OrganizerOutcome outcome) => outcome switch
    {
        OrganizerOutcome.NotFound => StatusCodes.Status404NotFound,
        OrganizerOutcome.Forbidden => StatusCodes.Status403Forbidden,
        OrganizerOutcome.Conflict => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    };
}

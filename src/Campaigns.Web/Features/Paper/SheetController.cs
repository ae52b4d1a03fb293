using Campaigns.Web.Features.Accounts;
using Campaigns.Web.Features.Organizer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Campaigns.Web.Features.Paper;

public class SheetController(SignatureSheets sheets) : Controller
{
    private const string SheetView = "/Features/Paper/Views/Sheet.cshtml";

    [HttpGet("campaigns/{slug}/sheet")]
    public async Task<IActionResult> Public(string slug, CancellationToken ct) =>
        await sheets.PublicAsync(slug, ct) is { } sheet ? View(SheetView, sheet) : NotFound();

    [Authorize(Policy = IdentitySetup.OrganizerPolicy)]
    [HttpGet("organizer/campaigns/{slug}/sheet")]
    public async Task<IActionResult> Organizer(string slug, CancellationToken ct)
    {
        var result = await sheets.OrganizerAsync(User, slug, ct);
        if (result.IsOk)
        {
            return View(SheetView, result.Value);
        }
        Response.StatusCode = result.Outcome == OrganizerOutcome.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status404NotFound;
        return View("/Features/Organizer/Views/Unavailable.cshtml", result.Outcome);
    }
}

using Campaigns.Web.Features.Accounts;
using Campaigns.Web.Features.Organizer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Campaigns.Web.Features.Members;

public sealed record InvitationPage(OrganizerResult<InvitationView> Invitation, string Code, bool SignedIn);

/// <summary>
/// Where an invitation's link leads: a signed-in invitee accepts it; anyone else is offered to sign in or to create
/// an account for the invited address, coming back here afterwards.
/// </summary>
[Route("invitations/{code}")]
public class InvitationController(AcceptInvitation invitations) : Controller
{
    private const string PageView = "/Features/Members/Views/Invitation.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Show(string code, CancellationToken ct) =>
        Render(new InvitationPage(await invitations.FindAsync(code, ct), code, User.Identity?.IsAuthenticated == true));

    [HttpPost("")]
    [Authorize(Policy = IdentitySetup.OrganizerPolicy)]
    [OpenToViewers]
    public async Task<IActionResult> Accept(string code, CancellationToken ct)
    {
        var result = await invitations.HandleAsync(User, code, ct);
        if (result.IsOk)
        {
            return LocalRedirect($"/organizer/organisations/{result.Value!.OrganisationSlug}/members");
        }
        if (result.Message.Length > 0)
        {
            ModelState.AddModelError("", result.Message);
        }
        return Render(new InvitationPage(await invitations.FindAsync(code, ct), code, SignedIn: true), result.Outcome);
    }

    private ViewResult Render(InvitationPage page, OrganizerOutcome? refusal = null)
    {
        Response.StatusCode = (refusal ?? page.Invitation.Outcome) switch
        {
            OrganizerOutcome.Ok => StatusCodes.Status200OK,
            OrganizerOutcome.NotFound => StatusCodes.Status404NotFound,
            OrganizerOutcome.Forbidden => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status409Conflict,
        };
        return View(PageView, page);
    }
}

using System.Security.Claims;
using Campaigns.Web.Features.Accounts;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Infrastructure;
using static Campaigns.Web.Features.Organizer.OrganizerApiResults;

namespace Campaigns.Web.Features.Members;

public static class MembersApi
{
    public static RouteGroupBuilder MapMembersApi(this RouteGroupBuilder api)
    {
        var organisation = api.MapGroup("/organizer/organisations/{slug}")
            .RequireAuthorization(IdentitySetup.OrganizerPolicy)
            .WithTags("Members");
        organisation.MapGet("/members", ListAsync).Guarded()
            .WithName("ListMembers")
            .WithSummary("The organisation's members with their roles; for owners also the invitations waiting to be accepted.")
            .Produces<ListMembers.Response>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        organisation.MapPost("/invitations", InviteAsync).Guarded()
            .WithName("InviteMember")
            .WithSummary("Owners: invite an email address as owner, organizer or viewer. The invitee gets an email with a link to accept.")
            .Produces<ListMembers.Invitation>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        organisation.MapDelete("/invitations/{id:guid}", CancelAsync).Guarded()
            .WithName("CancelInvitation")
            .WithSummary("Owners: cancel an invitation; its link stops working.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
        organisation.MapPut("/members/{userId}", ChangeRoleAsync).Guarded()
            .WithName("ChangeMemberRole")
            .WithSummary("Owners: change a member's role. A lowered role ends the member's sessions. The last owner cannot be demoted.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        organisation.MapDelete("/members/{userId}", RemoveAsync).Guarded()
            .WithName("RemoveMember")
            .WithSummary("Owners: remove a member, ending their sessions at once. The last owner cannot be removed.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status409Conflict);
        organisation.MapPost("/members/leave", LeaveAsync).Guarded()
            .WithMetadata(new OpenToViewersAttribute())
            .WithName("LeaveOrganisation")
            .WithSummary("Leave the organisation (any member; the last owner must hand over first).")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/invitations/{code}/accept", AcceptAsync)
            .RequireAuthorization(IdentitySetup.OrganizerPolicy)
            .WithMetadata(new OpenToViewersAttribute())
            .WithTags("Members").Guarded()
            .WithName("AcceptInvitation")
            .WithSummary("Accept an invitation (the code from its link) with the account of the address it was sent to.")
            .Produces<InvitationView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<IResult> ListAsync(string slug, ListMembers.Handler handler, ClaimsPrincipal user, CancellationToken ct) =>
        ToResponse(await handler.HandleAsync(user, slug, ct), TypedResults.Ok);

    private static async Task<IResult> InviteAsync(
        string slug, InvitationRequest request, InvitationRequest.Validator validator, InviteMember handler, ClaimsPrincipal user, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(request, ct);
        return !validation.IsValid ? ApiResults.Invalid(validation)
            : ToResponse(await handler.HandleAsync(user, slug, request, ct), i => TypedResults.Created($"/api/organizer/organisations/{slug}/members", i));
    }

    private static async Task<IResult> CancelAsync(string slug, Guid id, CancelInvitation handler, ClaimsPrincipal user, CancellationToken ct) =>
        ToResponse(await handler.HandleAsync(user, slug, id, ct), _ => TypedResults.NoContent());

    private static async Task<IResult> ChangeRoleAsync(
        string slug, string userId, RoleRequest request, RoleRequest.Validator validator, ChangeMemberRole handler, ClaimsPrincipal user, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(request, ct);
        return !validation.IsValid ? ApiResults.Invalid(validation)
            : ToResponse(await handler.HandleAsync(user, slug, userId, request.Role!.Value, ct), _ => TypedResults.NoContent());
    }

    private static async Task<IResult> RemoveAsync(string slug, string userId, RemoveMember handler, ClaimsPrincipal user, CancellationToken ct) =>
        ToResponse(await handler.RemoveAsync(user, slug, userId, ct), _ => TypedResults.NoContent());

    private static async Task<IResult> LeaveAsync(string slug, RemoveMember handler, ClaimsPrincipal user, CancellationToken ct) =>
        ToResponse(await handler.LeaveAsync(user, slug, ct), _ => TypedResults.NoContent());

    private static async Task<IResult> AcceptAsync(string code, AcceptInvitation handler, ClaimsPrincipal user, CancellationToken ct) =>
        ToResponse(await handler.HandleAsync(user, code, ct), TypedResults.Ok);
}

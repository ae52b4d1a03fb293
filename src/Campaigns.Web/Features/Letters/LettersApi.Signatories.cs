using System.Security.Claims;
using static Campaigns.Web.Features.Organizer.OrganizerApiResults;

namespace Campaigns.Web.Features.Letters;

public static partial class LettersApi
{
    private static void MapGroups(RouteGroupBuilder campaigns)
    {
        campaigns.MapGet("/signatory-groups", async (string slug, SignatoryGroupCommands groups, ClaimsPrincipal user, CancellationToken ct) =>
                ToResponse(await groups.ListAsync(user, slug, ct), TypedResults.Ok))
            .GuardedCampaign().WithName("ListSignatoryGroups")
            .WithSummary("The letter's signatory groups in order, each with its listed signatories.")
            .Produces<IReadOnlyList<SignatoryGroupView>>();
        campaigns.MapPost("/signatory-groups", (string slug, GroupInput input, GroupInput.Validator validator, SignatoryGroupCommands groups, ClaimsPrincipal user, CancellationToken ct) =>
                ValidatedAsync(input, validator, async () => ToResponse(await groups.CreateAsync(user, slug, input, ct),
                    g => TypedResults.Created($"/api/organizer/campaigns/{slug}/signatory-groups/{g.Id}", g)), ct))
            .GuardedCampaign().WithName("CreateSignatoryGroup")
            .WithSummary("Add a signatory group (last, or at position). Marking it as receiving online signers unmarks any other.")
            .Produces<SignatoryGroupView>(StatusCodes.Status201Created).ProducesValidationProblem();
        campaigns.MapPut("/signatory-groups/{groupId:guid}", (string slug, Guid groupId, GroupInput input, GroupInput.Validator validator, SignatoryGroupCommands groups, ClaimsPrincipal user, CancellationToken ct) =>
                ValidatedAsync(input, validator, async () => ToResponse(await groups.UpdateAsync(user, slug, groupId, input, ct), TypedResults.Ok), ct))
            .GuardedCampaign().WithName("UpdateSignatoryGroup")
            .WithSummary("Rename, move or re-mark a signatory group.")
            .Produces<SignatoryGroupView>().ProducesValidationProblem();
        campaigns.MapDelete("/signatory-groups/{groupId:guid}", async (string slug, Guid groupId, SignatoryGroupCommands groups, ClaimsPrincipal user, CancellationToken ct) =>
                ToResponse(await groups.DeleteAsync(user, slug, groupId, ct), _ => TypedResults.NoContent()))
            .GuardedCampaign().WithName("DeleteSignatoryGroup")
            .WithSummary("Remove a group with its listed signatories, who stop counting.")
            .Produces(StatusCodes.Status204NoContent);
        campaigns.MapPost("/signatory-groups/{groupId:guid}/signatories", (string slug, Guid groupId, SignatoryInput input, SignatoryInput.Validator validator, ListedSignatoryCommands signatories, ClaimsPrincipal user, CancellationToken ct) =>
                ValidatedAsync(input, validator, async () => ToResponse(await signatories.AddAsync(user, slug, groupId, input, ct),
                    s => TypedResults.Created($"/api/organizer/campaigns/{slug}/signatory-groups/{groupId}/signatories/{s.Id}", s)), ct))
            .GuardedCampaign().WithName("AddListedSignatory")
            .WithSummary("List a signatory by name (no email) at the end of the group. It counts like a confirmed signature; an organisation counts toward the organisations.")
            .Produces<ListedSignatoryView>(StatusCodes.Status201Created).ProducesValidationProblem();
        campaigns.MapDelete("/signatory-groups/{groupId:guid}/signatories/{signatoryId:guid}", async (string slug, Guid groupId, Guid signatoryId, ListedSignatoryCommands signatories, ClaimsPrincipal user, CancellationToken ct) =>
                ToResponse(await signatories.RemoveAsync(user, slug, groupId, signatoryId, ct), _ => TypedResults.NoContent()))
            .GuardedCampaign().WithName("RemoveListedSignatory")
            .WithSummary("Remove a listed signatory; the count goes down by one.")
            .Produces(StatusCodes.Status204NoContent);
        campaigns.MapPut("/signatory-groups/{groupId:guid}/signatories/order", (string slug, Guid groupId, OrderInput input, OrderInput.Validator validator, ListedSignatoryCommands signatories, ClaimsPrincipal user, CancellationToken ct) =>
                ValidatedAsync(input, validator, async () => ToResponse(await signatories.ReorderAsync(user, slug, groupId, input.SignatoryIds!, ct), TypedResults.Ok), ct))
            .GuardedCampaign().WithName("ReorderListedSignatories")
            .WithSummary("Put the group's listed signatories in the given order (every one of them, once).")
            .Produces<IReadOnlyList<ListedSignatoryView>>().ProducesValidationProblem();
    }

    private static void MapOrganisations(RouteGroupBuilder campaigns)
    {
        campaigns.MapGet("/organisations", async (string slug, OrganisationApprovals approvals, ClaimsPrincipal user, CancellationToken ct) =>
                ToResponse(await approvals.ListAsync(user, slug, ct), TypedResults.Ok))
            .GuardedCampaign().WithName("ListOrganisationSignatures")
            .WithSummary("Organisations that signed online, those waiting for approval first (emailVerifiedAt set, confirmedAt empty).")
            .Produces<IReadOnlyList<OrganisationSignatureView>>();
        campaigns.MapPost("/organisations/{signatureId:guid}/approve", async (string slug, Guid signatureId, OrganisationApprovals approvals, ClaimsPrincipal user, CancellationToken ct) =>
                ToResponse(await approvals.ApproveAsync(user, slug, signatureId, ct), _ => TypedResults.NoContent()))
            .GuardedCampaign().WithName("ApproveOrganisation")
            .WithSummary("Approve an organisation whose representative confirmed from an address outside its domain; it is then listed and counted.")
            .Produces(StatusCodes.Status204NoContent);
        campaigns.MapPost("/organisations/{signatureId:guid}/reject", async (string slug, Guid signatureId, OrganisationApprovals approvals, ClaimsPrincipal user, CancellationToken ct) =>
                ToResponse(await approvals.RejectAsync(user, slug, signatureId, ct), _ => TypedResults.NoContent()))
            .GuardedCampaign().WithName("RejectOrganisation")
            .WithSummary("Reject an organisation's signature: it is removed, and uncounted if it had counted.")
            .Produces(StatusCodes.Status204NoContent);
    }
}

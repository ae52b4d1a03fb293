using System.Security.Claims;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Accounts;
using Campaigns.Web.Features.Organizer;
using static Campaigns.Web.Features.Organizer.OrganizerApiResults;

namespace Campaigns.Web.Features.Solidarity;

/// <summary>The case's organizers review messages of solidarity; 401 without credentials, 403 for another organisation's case.</summary>
public static class SolidarityOrganizerApi
{
    public static RouteGroupBuilder MapSolidarityOrganizerApi(this RouteGroupBuilder api)
    {
        var messages = api.MapGroup("/organizer/cases/{slug}/messages").RequireAuthorization(IdentitySetup.OrganizerPolicy).WithTags("Solidarity");
        messages.MapGet("/", async (string slug, MessageModeration m, ClaimsPrincipal u, CancellationToken ct) =>
                ToResponse(await m.ListAsync(u, slug, ct), TypedResults.Ok))
            .Guarded().Produces<MessageReviewList>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ListCaseMessages").WithSummary("The case's confirmed messages of solidarity, waiting ones first, with the counts; never the writers' addresses.");
        messages.MapPost("/{id:guid}/approve", async (string slug, Guid id, MessageModeration m, ClaimsPrincipal u, CancellationToken ct) =>
                ToResponse(await m.ReviewAsync(u, slug, id, MessageReview.Approved, ct), TypedResults.Ok))
            .Guarded().Produces<ReviewedMessage>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ApproveCaseMessage").WithSummary("Approve a confirmed message: it shows on the case page and in the printable bundle.");
        messages.MapPost("/{id:guid}/reject", async (string slug, Guid id, MessageModeration m, ClaimsPrincipal u, CancellationToken ct) =>
                ToResponse(await m.ReviewAsync(u, slug, id, MessageReview.Rejected, ct), TypedResults.Ok))
            .Guarded().Produces<ReviewedMessage>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("RejectCaseMessage").WithSummary("Reject a confirmed message, or withdraw one approved earlier: it is neither shown nor printed.");
        return api;
    }
}

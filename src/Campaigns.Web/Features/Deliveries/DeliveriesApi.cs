using System.Security.Claims;
using Campaigns.Web.Features.Accounts;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Infrastructure;
using static Campaigns.Web.Features.Organizer.OrganizerApiResults;

namespace Campaigns.Web.Features.Deliveries;

public static class DeliveriesApi
{
    public static RouteGroupBuilder MapDeliveriesApi(this RouteGroupBuilder api)
    {
        var deliveries = api.MapGroup("").RequireAuthorization(IdentitySetup.OrganizerPolicy).WithTags("Deliveries");
        deliveries.MapGet("/campaigns/{slug}/deliveries", ListAsync).Guarded()
            .WithName("ListDeliveries")
            .WithSummary("The campaign's delivery ledger, newest first, filtered by target and status (queued, held, sending, sent, retrying, failed, cancelled), with counts per target.")
            .Produces<ListDeliveries.Response>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        deliveries.MapPost("/organizer/campaigns/{slug}/release", ReleaseAsync).Guarded()
            .WithName("ReleaseLetter")
            .WithSummary("Release the letter, with everyone who has signed so far, to its on-release targets (or only ?target=). Emails go out within seconds; letters to be posted wait for their posting to be recorded.")
            .Produces<ReleaseLetter.Response>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        deliveries.MapPost("/organizer/deliveries/{id:guid}/posted", PostedAsync).Guarded()
            .WithName("RecordPosting")
            .WithSummary("Record that a letter to be posted was posted, handed in or sent by courier (method post, hand or courier), with a reference.")
            .Produces<DeliveryLine>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<IResult> ListAsync(
        string slug, Guid? target, string? status, int? page, int? pageSize,
        ListDeliveries.Validator validator, ListDeliveries.Handler handler, ClaimsPrincipal user, CancellationToken ct)
    {
        var request = new ListDeliveries.Request { Target = target, Status = status, Page = page, PageSize = pageSize };
        var validation = await validator.ValidateAsync(request, ct);
        return !validation.IsValid ? ApiResults.Invalid(validation) : ToResponse(await handler.HandleAsync(user, slug, request, ct));
    }

    private static async Task<IResult> ReleaseAsync(string slug, Guid? target, ReleaseLetter.Handler handler, ClaimsPrincipal user, CancellationToken ct) =>
        ToResponse(await handler.HandleAsync(user, slug, target, ct));

    private static async Task<IResult> PostedAsync(
        Guid id, RecordPosting.Request request, RecordPosting.Validator validator, RecordPosting.Handler handler,
        ClaimsPrincipal user, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(request, ct);
        return !validation.IsValid ? ApiResults.Invalid(validation) : ToResponse(await handler.HandleAsync(user, id, request, ct));
    }

    private static IResult ToResponse<T>(OrganizerResult<T> result) => OrganizerApiResults.ToResponse(result, value => TypedResults.Ok(value));
}

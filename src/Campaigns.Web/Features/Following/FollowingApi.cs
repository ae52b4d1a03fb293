using Campaigns.Web.Features.Fraud;
using Campaigns.Web.Features.Signing;
using Campaigns.Web.Infrastructure;
using Campaigns.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Following;

public static class FollowingApi
{
    public sealed record Accepted(string Status, string Message);

    public sealed record Confirmed(string Status, string Case);

    public static RouteGroupBuilder MapFollowingApi(this RouteGroupBuilder api)
    {
        api.MapPost("/cases/{slug}/followers", FollowAsync)
            .RequireRateLimiting(SigningApi.RateLimitPolicy)
            .WithTags("Following").WithName("FollowCase")
            .WithSummary("Follow a case by email: milestones, new updates and follow-up actions. Nothing is sent until the owner of the address confirms from the email.")
            .Produces<Accepted>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapPost("/followers/confirmations/{token}", ConfirmAsync)
            .RequireRateLimiting(RateLimits.Confirming)
            .WithTags("Following").WithName("ConfirmFollower")
            .WithSummary("Confirm following a case with the token from the confirmation email.")
            .Produces<Confirmed>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<IResult> FollowAsync(
        string slug, FollowCase.Request request, FollowCase.Validator validator, FollowCase.Handler handler, EmailDomainPolicy domains,
        HttpContext http, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(request, ct);
        if (validation.IsValid && await domains.RefusalAsync(request.Email!, nameof(request.Email), ct) is { } refusal)
        {
            validation.Errors.Add(refusal);
        }
        if (!validation.IsValid)
        {
            return ApiResults.Invalid(validation);
        }
        return await handler.HandleAsync(slug, request, http.Connection.RemoteIpAddress, ct) == FollowCase.Outcome.CaseNotFound
            ? ApiResults.NotFound(l["There is no case '{0}'.", slug])
            : TypedResults.Accepted((string?)null, new Accepted("pending-confirmation",
                l["Thank you. If this address does not follow the case yet, we have sent it a link: following starts once you press the button on that page."]));
    }

    private static async Task<IResult> ConfirmAsync(string token, ConfirmFollower.Handler handler, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var result = await handler.HandleAsync(token, ct);
        return result.Outcome switch
        {
            ConfirmFollower.Outcome.NotFound => ApiResults.NotFound(l["This confirmation link is not valid."]),
            ConfirmFollower.Outcome.Unsubscribed => ApiResults.Conflict(l["This address has unsubscribed. Ask to follow the case again to get a new link."]),
            ConfirmFollower.Outcome.AlreadyConfirmed => Results.Ok(new Confirmed("already-confirmed", result.CaseSlug!)),
            _ => Results.Ok(new Confirmed("confirmed", result.CaseSlug!)),
        };
    }
}

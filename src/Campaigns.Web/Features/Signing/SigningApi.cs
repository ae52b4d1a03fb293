using Campaigns.Web.Features.Errors;
using Campaigns.Web.Infrastructure;
using Campaigns.Web.Resources;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Signing;

public static class SigningApi
{
    public const string RateLimitPolicy = "signing";

    public sealed record Accepted(string Status, string Message);

    public sealed record Confirmed(string Status, string Campaign);

    public static RouteGroupBuilder MapSigningApi(this RouteGroupBuilder api)
    {
        api.MapPost("/campaigns/{slug}/signatures", SignAsync)
            .RequireRateLimiting(RateLimitPolicy)
            .WithTags("Signing").WithName("SignCampaign")
            .WithSummary("Sign a campaign. The signature counts once the signer confirms it from the email sent to them.")
            .WithDescription("For an appeal letter, personalText is the supporter's version of the editable paragraph; letterText may carry the whole letter instead, whose text outside that paragraph must be the letter as the site writes it for the first target. For a joint statement, organisation signs for an organisation: the signature counts when confirmed from an address at the organisation's domain, or once the organizer approves it.")
            .Produces<Accepted>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapPost("/confirmations/{token}", ConfirmAsync)
            .RequireRateLimiting(RateLimits.Confirming)
            .WithMetadata(new RunsAgainSafely())
            .WithTags("Signing").WithName("ConfirmSignature")
            .WithSummary("Confirm a signature with the token from the confirmation email.")
            .Produces<Confirmed>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<IResult> SignAsync(
        string slug, SignCampaign.Request request, SignCampaign.Validator validator, SignCampaign.Handler handler,
        HttpContext http, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(request, ct);
        if (!validation.IsValid)
        {
            return ApiResults.Invalid(validation);
        }
        var result = await handler.HandleAsync(slug, request, http.Connection.RemoteIpAddress, ct);
        return result.Outcome switch
        {
            SignCampaign.Outcome.Invalid => ApiResults.Invalid(new ValidationResult(result.Errors)),
            SignCampaign.Outcome.CampaignNotFound => ApiResults.NotFound(l["There is no campaign '{0}'.", slug]),
            SignCampaign.Outcome.CampaignNotOpen => ApiResults.Conflict(l["This campaign is not open for signatures."]),
            _ => TypedResults.Accepted((string?)null, new Accepted("pending-confirmation",
                l["Thank you. Check your inbox: your signature counts once you confirm it from the email we sent."])),
        };
    }

    private static async Task<IResult> ConfirmAsync(string token, ConfirmSignature.Handler handler, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var result = await handler.HandleAsync(token, ct);
        return result.Outcome switch
        {
            ConfirmSignature.Outcome.NotFound => ApiResults.NotFound(l["This confirmation link is not valid or has expired."]),
            ConfirmSignature.Outcome.CampaignNotOpen => ApiResults.Conflict(l["This campaign is no longer open for signatures."]),
            ConfirmSignature.Outcome.AlreadyConfirmed => Results.Ok(new Confirmed("already-confirmed", result.CampaignSlug!)),
            ConfirmSignature.Outcome.AwaitingApproval => Results.Ok(new Confirmed("awaiting-approval", result.CampaignSlug!)),
            _ => Results.Ok(new Confirmed("confirmed", result.CampaignSlug!)),
        };
    }
}

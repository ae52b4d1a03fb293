using Campaigns.Web.Features.Fraud;
using Campaigns.Web.Features.Signing;
using Campaigns.Web.Infrastructure;
using Campaigns.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Solidarity;

/// <summary>Supporters write and confirm messages, and anyone reads the approved ones.</summary>
public static class SolidarityApi
{
    public sealed record Accepted(string Status, string Message);

    public sealed record Confirmed(string Status, string Case);

    public static RouteGroupBuilder MapSolidarityApi(this RouteGroupBuilder api)
    {
        api.MapPost("/cases/{slug}/messages", WriteAsync)
            .RequireRateLimiting(SigningApi.RateLimitPolicy)
            .WithTags("Solidarity").WithName("WriteSolidarityMessage")
            .WithSummary("Write a message of solidarity to the person (addressee Person) or their family (Family), in any language. Shown chooses how the writer is named: FirstNameAndCountry, CountryOnly or Anonymous. Nothing is used until the writer confirms from the email, and nothing is shown until the case's organizers approve it.")
            .Produces<Accepted>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapPost("/messages/confirmations/{token}", ConfirmAsync)
            .RequireRateLimiting(RateLimits.Confirming)
            .WithTags("Solidarity").WithName("ConfirmSolidarityMessage")
            .WithSummary("Confirm a message of solidarity with the token from the confirmation email.")
            .Produces<Confirmed>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/cases/{slug}/messages", async (string slug, int? page, PublicMessages messages, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                await messages.PageAsync(slug, page ?? 1, ct) is { } found ? Results.Ok(found) : ApiResults.NotFound(l["There is no case '{0}'.", slug]))
            .WithTags("Solidarity").WithName("ListSolidarityMessages")
            .WithSummary("The approved messages to a person, newest first, ten a page; writers named only as they agreed.")
            .Produces<PublicMessagePage>().ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<IResult> WriteAsync(
        string slug, WriteMessage.Request request, WriteMessage.Validator validator, WriteMessage.Handler handler, EmailDomainPolicy domains,
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
        return await handler.HandleAsync(slug, request, http.Connection.RemoteIpAddress, ct) == WriteMessage.Outcome.CaseNotFound
            ? ApiResults.NotFound(l["There is no case '{0}'.", slug])
            : TypedResults.Accepted((string?)null, new Accepted("pending-confirmation",
                l["Thank you. We have sent you an email: your message goes to the organizers once you press the button on the page it links to."]));
    }

    private static async Task<IResult> ConfirmAsync(string token, ConfirmMessage.Handler handler, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var result = await handler.HandleAsync(token, ct);
        return result.Outcome switch
        {
            ConfirmMessage.Outcome.NotFound => ApiResults.NotFound(l["This confirmation link is not valid."]),
            ConfirmMessage.Outcome.AlreadyConfirmed => Results.Ok(new Confirmed("already-confirmed", result.CaseSlug!)),
            _ => Results.Ok(new Confirmed("confirmed", result.CaseSlug!)),
        };
    }
}

using Campaigns.Web.Infrastructure;
using Campaigns.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.MySignatures;

public static class MySignaturesApi
{
    public sealed record Accepted(string Status, string Message);

    public sealed record NameChoice(string? NameDisplay);

    public static RouteGroupBuilder MapMySignaturesApi(this RouteGroupBuilder api)
    {
        api.MapPost("/my-signatures/link", RequestAsync)
            .RequireRateLimiting(RateLimits.MySignatures)
            .WithTags("My signatures").WithName("RequestMySignaturesLink")
            .WithSummary("Ask for a link to everything an email address signed, wrote and followed. The answer is the same whether or not the address did anything here.")
            .Produces<Accepted>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        var mailbox = api.MapGroup("/my-signatures/{token}").WithTags("My signatures")
            .ProducesProblem(StatusCodes.Status404NotFound);
        mailbox.MapGet("", ShowAsync).WithName("MySignatures")
            .WithSummary("Everything held about the mailbox the emailed token opens: signatures, letters with their deliveries, follows.")
            .Produces<MailboxRecords>();
        mailbox.MapDelete("/signatures/{signatureId:guid}", WithdrawAsync).WithName("WithdrawMySignature")
            .RequireRateLimiting(RateLimits.Confirming)
            .WithSummary("Withdraw a signature or letter: it stops counting and is left out of everything not yet delivered.")
            .Produces(StatusCodes.Status204NoContent);
        mailbox.MapPut("/signatures/{signatureId:guid}/name", ShowNameAsync).WithName("ShowMyName")
            .RequireRateLimiting(RateLimits.Confirming)
            .WithSummary("Choose how the name shows: full, initials, hidden (not in public), or never (not even to the officials; still counted).")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem();
        mailbox.MapDelete("", EraseAsync).WithName("EraseMySignatures")
            .RequireRateLimiting(RateLimits.Confirming)
            .WithSummary("Erase every signature, letter and follow of the mailbox, and the mail not yet sent to it.")
            .Produces(StatusCodes.Status204NoContent);
        return api;
    }

    private static async Task<IResult> RequestAsync(
        RequestLink.Request request, RequestLink.Validator validator, RequestLink.Handler handler, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(request, ct);
        if (!validation.IsValid)
        {
            return ApiResults.Invalid(validation);
        }
        await handler.HandleAsync(request, ct);
        return TypedResults.Accepted((string?)null, new Accepted("sent-if-known", l["If this address signed or followed anything here, we have sent it a link."]));
    }

    private static async Task<IResult> ShowAsync(string token, MailboxTokens tokens, MailboxQuery query, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        tokens.Read(token) is { } email
            ? TypedResults.Json(await query.ForAsync(email, ct), MailboxExport.Json)
            : NotValid(l);

    private static async Task<IResult> WithdrawAsync(
        string token, Guid signatureId, MailboxTokens tokens, MailboxActions actions, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        tokens.Read(token) is not { } email ? NotValid(l)
        : await actions.WithdrawAsync(email, signatureId, ct) ? TypedResults.NoContent()
        : NoSuchSignature(l);

    private static async Task<IResult> ShowNameAsync(
        string token, Guid signatureId, NameChoice choice, MailboxTokens tokens, MailboxActions actions, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (tokens.Read(token) is not { } email)
        {
            return NotValid(l);
        }
        if (NameChoices.Parse(choice.NameDisplay) is not { } display)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["nameDisplay"] = [l["Choose full, initials, hidden or never."]] },
                title: "The request has invalid fields.");
        }
        return await actions.ShowNameAsync(email, signatureId, display, ct) ? TypedResults.NoContent() : NoSuchSignature(l);
    }

    private static async Task<IResult> EraseAsync(string token, MailboxTokens tokens, MailboxActions actions, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (tokens.Read(token) is not { } email)
        {
            return NotValid(l);
        }
        await actions.EraseAsync(email, ct);
        return TypedResults.NoContent();
    }

    private static IResult NotValid(IStringLocalizer<SharedResource> l) =>
        ApiResults.NotFound(l["This link is not valid or has expired. Ask for a new one with your email address."]);

    private static IResult NoSuchSignature(IStringLocalizer<SharedResource> l) =>
        ApiResults.NotFound(l["This address has no such signature or letter."]);
}

using System.Security.Claims;
using Campaigns.Web.Features.Accounts;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Infrastructure;
using Campaigns.Web.Resources;
using FluentValidation;
using Microsoft.Extensions.Localization;
using static Campaigns.Web.Features.Organizer.OrganizerApiResults;

namespace Campaigns.Web.Features.Letters;

public static partial class LettersApi
{
    public static RouteGroupBuilder MapLettersApi(this RouteGroupBuilder api)
    {
        api.MapGet("/campaigns/{slug}/signatories", PublicSignatoriesAsync)
            .WithTags("Letters").WithName("ListPublicSignatories")
            .WithSummary("A letter's signatories as the public sees them: by group, then co-signing organisations alphabetically. Names only with the signer's consent; never emails.")
            .Produces<PublicSignatories>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        var campaigns = api.MapGroup("/organizer/campaigns/{slug}")
            .RequireAuthorization(IdentitySetup.OrganizerPolicy)
            .WithTags("Letters");
        MapSettings(campaigns);
        MapGroups(campaigns);
        MapOrganisations(campaigns);
        return api;
    }

    private static void MapSettings(RouteGroupBuilder campaigns)
    {
        campaigns.MapGet("/letter", async (string slug, UpdateLetterSettings.Handler handler, ClaimsPrincipal user, CancellationToken ct) =>
                ToResponse(await handler.GetAsync(user, slug, ct), TypedResults.Ok))
            .GuardedCampaign().WithName("GetLetterSettings")
            .WithSummary("A letter campaign's subject, date, editable paragraph, contact person and signatory order.")
            .Produces<LetterSettings>();
        campaigns.MapPut("/letter", UpdateSettingsAsync)
            .GuardedCampaign().WithName("UpdateLetterSettings")
            .WithSummary("Replace a letter's settings. Once published, the subject and the editable paragraph's text and limit stay as supporters signed them; the rest may change.")
            .Produces<LetterSettings>()
            .ProducesValidationProblem();
        campaigns.MapGet("/signatories.csv", async (string slug, SignatoriesExport export, ClaimsPrincipal user, CancellationToken ct) =>
                ToResponse(await export.HandleAsync(user, slug, ct), e => new SignatoriesCsvResult(e)))
            .GuardedCampaign().WithName("ExportSignatories")
            .RequireRateLimiting(RateLimits.SignerExports)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("Listed signatories by group and confirmed online signers, with organisation columns, as CSV. Cells a spreadsheet would run as formulas are prefixed with an apostrophe.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
    }

    private static async Task<IResult> PublicSignatoriesAsync(string slug, LetterQueries letters, SignatoryListing listing, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        await letters.PublicAsync(slug, ct) is { Kind: not Domain.CampaignKind.Petition } letter
            ? TypedResults.Ok(await listing.ForAsync(letter, ct))
            : ApiResults.NotFound(l["There is no letter '{0}'.", slug]);

    private static async Task<IResult> UpdateSettingsAsync(
        string slug, LetterSettings request, LetterSettings.Validator validator, UpdateLetterSettings.Handler handler, ClaimsPrincipal user, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(request, ct);
        return !validation.IsValid ? ApiResults.Invalid(validation) : ToResponse(await handler.HandleAsync(user, slug, request, ct), TypedResults.Ok);
    }

    private static async Task<IResult> ValidatedAsync<T>(T request, IValidator<T> validator, Func<Task<IResult>> then, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(request, ct);
        return validation.IsValid ? await then() : ApiResults.Invalid(validation);
    }

    private static RouteHandlerBuilder GuardedCampaign(this RouteHandlerBuilder endpoint) => endpoint
        .Guarded()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);

}

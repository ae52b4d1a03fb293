using System.Security.Claims;
using Campaigns.Web.Features.Accounts;
using Campaigns.Web.Infrastructure;
using FluentValidation;
using static Campaigns.Web.Features.Organizer.OrganizerApiResults;

namespace Campaigns.Web.Features.Translations;

public static class TranslationsApi
{
    // Every route answers 401 without credentials and 403 for a campaign or case of another organisation.
    public static RouteGroupBuilder MapTranslationsApi(this RouteGroupBuilder api)
    {
        var campaigns = api.MapGroup("/organizer/campaigns/{slug}").RequireAuthorization(IdentitySetup.OrganizerPolicy).WithTags("Translations");
        campaigns.MapGet("/translations", async (string slug, CampaignTranslations t, ClaimsPrincipal u, CancellationToken ct) =>
                ToResponse(await t.ListAsync(u, slug, ct), TypedResults.Ok))
            .Guarded().Produces<CampaignTranslationList>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ListCampaignTranslations").WithSummary("The language the campaign is written in and its translations (zh-Hans, zh-Hant or en).");
        campaigns.MapPut("/translations/{language}", async (string slug, string language, CampaignTranslationInput r, CampaignTranslationInput.Validator v,
                CampaignTranslations t, ClaimsPrincipal u, CancellationToken ct) =>
                await ValidatedAsync(r, v, async () => ToResponse(await t.SaveAsync(u, slug, language, r, ct), TypedResults.Ok), ct))
            .Guarded().Produces<CampaignTranslationView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("SaveCampaignTranslation").WithSummary("Add or replace the campaign's text in one language: title, summary, text (Markdown, the same placeholders), and the letter's subject, editable paragraph and addressee where the original has them. Officials whose language it is receive the letter in it.");
        campaigns.MapDelete("/translations/{language}", async (string slug, string language, CampaignTranslations t, ClaimsPrincipal u, CancellationToken ct) =>
                ToResponse(await t.RemoveAsync(u, slug, language, ct), TypedResults.Ok))
            .Guarded().Produces<CampaignTranslationList>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("RemoveCampaignTranslation").WithSummary("Remove the campaign's translation into one language.");
        campaigns.MapPut("/language", async (string slug, LanguageChoice r, CampaignTranslations t, ClaimsPrincipal u, CancellationToken ct) =>
                ToResponse(await t.SetLanguageAsync(u, slug, r.Language, ct), TypedResults.Ok))
            .Guarded().Produces<CampaignTranslationList>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("SetCampaignLanguage").WithSummary("{ language }: the language the campaign is written in (en by default).");

        var cases = api.MapGroup("/organizer/cases/{slug}").RequireAuthorization(IdentitySetup.OrganizerPolicy).WithTags("Translations");
        cases.MapGet("/translations", async (string slug, CaseTranslations t, ClaimsPrincipal u, CancellationToken ct) =>
                ToResponse(await t.ListAsync(u, slug, ct), TypedResults.Ok))
            .Guarded().Produces<CaseTranslationList>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("ListCaseTranslations").WithSummary("The language the case is written in and its translations.");
        cases.MapPut("/translations/{language}", async (string slug, string language, CaseTranslationInput r, CaseTranslationInput.Validator v,
                CaseTranslations t, ClaimsPrincipal u, CancellationToken ct) =>
                await ValidatedAsync(r, v, async () => ToResponse(await t.SaveAsync(u, slug, language, r, ct), TypedResults.Ok), ct))
            .Guarded().Produces<CaseTranslationView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("SaveCaseTranslation").WithSummary("Add or replace the case's profile in one language: the name line, charges, sentence, place of detention, biography, and updates [{ id, summary }] for the timeline (entries left out are shown as written).");
        cases.MapDelete("/translations/{language}", async (string slug, string language, CaseTranslations t, ClaimsPrincipal u, CancellationToken ct) =>
                ToResponse(await t.RemoveAsync(u, slug, language, ct), TypedResults.Ok))
            .Guarded().Produces<CaseTranslationList>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("RemoveCaseTranslation").WithSummary("Remove the case's translation into one language, timeline included.");
        cases.MapPut("/language", async (string slug, LanguageChoice r, CaseTranslations t, ClaimsPrincipal u, CancellationToken ct) =>
                ToResponse(await t.SetLanguageAsync(u, slug, r.Language, ct), TypedResults.Ok))
            .Guarded().Produces<CaseTranslationList>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("SetCaseLanguage").WithSummary("{ language }: the language the case is written in (en by default).");
        return api;
    }

    private static async Task<IResult> ValidatedAsync<T>(T request, IValidator<T> validator, Func<Task<IResult>> run, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(request, ct);
        return validation.IsValid ? await run() : ApiResults.Invalid(validation);
    }
}

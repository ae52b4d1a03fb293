using Campaigns.Web.Domain;
using Campaigns.Web.Features.Accounts;
using Campaigns.Web.Features.Organizer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Campaigns.Web.Features.Translations;

[Authorize(Policy = IdentitySetup.OrganizerPolicy)]
[Route("organizer/campaigns/{slug}")]
public class CampaignTranslationsController(CampaignTranslations translations) : TranslationPagesController
{
    private const string FormView = "/Features/Translations/Views/CampaignForm.cshtml";

    protected override string UnavailableView => "/Features/Organizer/Views/Unavailable.cshtml";

    [HttpGet("translations")]
    public async Task<IActionResult> Index(string slug, CancellationToken ct) =>
        Overview(await translations.ListAsync(User, slug, ct), TranslationOverview.Of);

    [HttpPost("language")]
    public async Task<IActionResult> SetLanguage(string slug, [FromForm] string? language, CancellationToken ct)
    {
        var result = await translations.SetLanguageAsync(User, slug, language, ct);
        if (result.IsOk || IsUnavailable(result.Outcome))
        {
            return result.IsOk ? Redirect($"/organizer/campaigns/{slug}/translations") : Unavailable(result.Outcome);
        }
        Refuse(result);
        return Overview(await translations.ListAsync(User, slug, ct), TranslationOverview.Of);
    }

    [HttpGet("translations/{language}")]
    public async Task<IActionResult> Edit(string slug, string language, CancellationToken ct)
    {
        var list = await translations.ListAsync(User, slug, ct);
        if (!list.IsOk || !ContentLanguages.IsSupported(language) || language == list.Value!.Language)
        {
            return Unavailable(list.IsOk ? OrganizerOutcome.NotFound : list.Outcome);
        }
        var existing = list.Value.Translations.SingleOrDefault(t => t.Language == language);
        var form = existing is null ? new CampaignTranslationInput() : new CampaignTranslationInput
        {
            Title = existing.Title, Summary = existing.Summary, Body = existing.Body, ClosingMessage = existing.ClosingMessage,
            LetterSubject = existing.LetterSubject, EditableText = existing.EditableText, AddressedTo = existing.AddressedTo,
        };
        return await FormAsync(slug, language, form, ct);
    }

    [HttpPost("translations/{language}")]
    public async Task<IActionResult> Save(
        string slug, string language, [FromForm] CampaignTranslationInput form, [FromServices] CampaignTranslationInput.Validator validator,
        CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(form, ct);
        var result = validation.IsValid
            ? await translations.SaveAsync(User, slug, language, form, ct)
            : OrganizerResult<CampaignTranslationView>.Invalid(validation.Errors);
        if (result.IsOk || IsUnavailable(result.Outcome))
        {
            return result.IsOk ? Redirect($"/organizer/campaigns/{slug}/translations") : Unavailable(result.Outcome);
        }
        Refuse(result);
        return await FormAsync(slug, language, form, ct);
    }

    [HttpPost("translations/{language}/remove")]
    public async Task<IActionResult> Remove(string slug, string language, CancellationToken ct)
    {
        var result = await translations.RemoveAsync(User, slug, language, ct);
        return result.IsOk ? Redirect($"/organizer/campaigns/{slug}/translations") : Unavailable(result.Outcome);
    }

    private async Task<IActionResult> FormAsync(string slug, string language, CampaignTranslationInput form, CancellationToken ct)
    {
        var original = await translations.OriginalAsync(User, slug, ct);
        if (!original.IsOk)
        {
            return Unavailable(original.Outcome);
        }
        return View(FormView, new CampaignTranslationPage(original.Value!, language, form));
    }
}

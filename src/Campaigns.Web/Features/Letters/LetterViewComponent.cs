using Campaigns.Web.Domain;
using Campaigns.Web.Features.Signing;
using Campaigns.Web.Features.Translations;
using Campaigns.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Letters;

public sealed record LetterSection(LetterData Letter, string LetterHtml, PublicSignatories Signatories);

/// <summary>
/// The letter on its campaign page. An appeal letter is written out for the first target as the supporter
/// would send it, with what they typed in the sign form (the server fills it in; no script is needed).
/// </summary>
public class LetterViewComponent(
    LetterQueries letters, TranslatedCampaigns translations, SignatoryListing signatories, TimeProvider clock, IStringLocalizer<SharedResource> l)
    : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string slug, SignForm form)
    {
        var original = await letters.PublicAsync(slug, HttpContext.RequestAborted);
        if (original is null)
        {
            return Content("");
        }
        var letter = await translations.ForReaderAsync(original, HttpContext.RequestAborted);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var signer = letter.Kind == CampaignKind.AppealLetter
            ? new LetterSigner(
                string.IsNullOrWhiteSpace(form.Name) ? l["[your name]"] : form.Name.Trim(),
                string.IsNullOrWhiteSpace(form.City) ? l["[your city]"] : form.City.Trim(),
                Countries.IsKnown(form.Country) ? form.Country : null)
            : LetterSigner.Collective;
        var html = LetterHtml.Render(letter, letter.FirstTarget, signer, form.PersonalText, today);
        var listing = await signatories.ForAsync(letter, HttpContext.RequestAborted);
        return View("/Features/Letters/Views/Letter.cshtml", new LetterSection(letter, html, listing));
    }
}

using Campaigns.Web.Domain;
using Campaigns.Web.Features.Signing;
using Microsoft.AspNetCore.Mvc;

namespace Campaigns.Web.Features.Letters;

public sealed record LetterSignFields(LetterData Letter, SignForm Form);

/// <summary>What the sign form asks for a letter: the editable paragraph of an appeal letter, or the organisation co-signing a statement.</summary>
public class LetterSignFieldsViewComponent(LetterQueries letters) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string slug, SignForm form)
    {
        var letter = await letters.PublicAsync(slug, HttpContext.RequestAborted);
        return letter is { HasEditablePart: true } or { Kind: CampaignKind.JointStatement }
            ? View("/Features/Letters/Views/LetterSignFields.cshtml", new LetterSignFields(letter, form))
            : Content("");
    }
}

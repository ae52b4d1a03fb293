using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Email;
using Campaigns.Web.Features.MySignatures;
using Campaigns.Web.Features.Undeliverable;
using Campaigns.Web.Infrastructure;
using Campaigns.Web.Outbox;
using Campaigns.Web.Resources;
using Campaigns.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Deliveries;

/// <summary>The supporter's copy of their letter, with the link to the page that shows where it has got to.</summary>
public class LetterCopyHandler(
    CampaignsDbContext db, SupporterEmailSender sender, LetterReceiptTokens tokens, MySignaturesLinks links, TimeProvider clock,
    IOptions<CampaignsOptions> options, IStringLocalizer<SharedResource> l) : IOutboxHandler
{
    public string Kind => DeliveryMessages.LetterCopy;

    public async Task<string?> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var id = message.ReadPayload<DeliveryMessages.CopyPayload>().SignatureId;
        var signature = await db.Signatures.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new
            {
                Signer = new LetterSigner(s.Name, s.Email, s.City, s.Country, s.PersonalText, s.Kind, s.OrganisationName, s.SignerRole),
                Campaign = new LetterCampaign(s.Campaign!.Title, s.Campaign.LetterSubject, s.Campaign.Body, s.Campaign.EditableText, s.Campaign.LetterDate, s.Campaign.ReplyToSupporter, s.Campaign.Language),
                s.CampaignId,
                s.Culture,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (signature is null)
        {
            return null;
        }
        var targets = await db.CampaignTargets.AsNoTracking().Where(t => t.CampaignId == signature.CampaignId)
            .OrderBy(t => t.Position)
            .Select(t => new LetterTarget(t.Target!.Name, t.Target.Title, t.Target.Salutation, null))
            .ToListAsync(cancellationToken);
        using var language = SupportedCultures.Use(signature.Culture);
        var first = targets.FirstOrDefault() ?? new LetterTarget("", null, null, null);
        var paragraphs = new List<string>
        {
            l["Hello {0},", signature.Signer.Name],
            l["Thank you. Your letter \"{0}\" will go to {1}. This is your copy:", signature.Campaign.Title, string.Join(", ", targets.Select(t => t.Name))],
        };
        paragraphs.AddRange(LetterText.Paragraphs(signature.Campaign, first, signature.Signer, clock.GetUtcNow().UtcDateTime));
        paragraphs.Add(l["The page below shows when your letter is delivered. Keep this email: the link is your receipt."]);
        var email = links.AddTo(EmailComposer.Compose(signature.Signer.Email, signature.Signer.Name,
            l["Your letter: {0}", signature.Campaign.Title], paragraphs,
            new EmailComposer.Action(l["Follow my letter"], options.Value.Link($"/letters/{tokens.Issue(id)}"))));
        return await sender.SendAsync(email with { DeliveryKey = message.DeliveryKey }, cancellationToken);
    }
}

using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Email;
using Campaigns.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Deliveries;

/// <summary>
/// The email a target receives: from the platform, never from a supporter; one supporter's letter with their
/// name and place, or the letter once followed by its signatories (names as signed, no email addresses).
/// </summary>
public class DeliveryEmails(CampaignsDbContext db, IStringLocalizer<SharedResource> l)
{
    public async Task<EmailMessage> ComposeAsync(Delivery delivery, DateTime now, CancellationToken ct)
    {
        var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Id == delivery.CampaignId)
            .Select(c => new LetterCampaign(c.Title, c.LetterSubject, c.Body, c.EditableText, c.LetterDate, c.ReplyToSupporter))
            .SingleAsync(ct);
        var target = await db.Targets.AsNoTracking().Where(t => t.Id == delivery.TargetId)
            .Select(t => new LetterTarget(t.Name, t.Title, t.Salutation, t.Email))
            .SingleAsync(ct);
        var signers = await SignersAsync(delivery, ct);
        var individual = delivery.Mode == DeliveryMode.Individual ? signers.SingleOrDefault() : null;
        var paragraphs = LetterText.Paragraphs(campaign, target, individual, now).ToList();
        paragraphs.AddRange(individual is not null ? Sender(individual) : Signatories(signers));
        var email = EmailComposer.Compose(target.Email ?? "", target.Name, LetterText.Subject(campaign), paragraphs);
        return individual is not null && campaign.ReplyToSupporter
            ? email with { ReplyTo = new EmailAddress(individual.Email, individual.Name) }
            : email;
    }

    private Task<List<LetterSigner>> SignersAsync(Delivery delivery, CancellationToken ct)
    {
        var signatures = delivery.SignatureId is { } id
            ? db.Signatures.Where(s => s.Id == id)
            : db.Signatures.Where(s => db.DeliveryItems.Any(i => i.DeliveryId == delivery.Id && i.SignatureId == s.Id));
        return signatures.AsNoTracking()
            .OrderBy(s => s.ConfirmedAt).ThenBy(s => s.Id)
            .Select(s => new LetterSigner(s.Name, s.Email, s.City, s.Country, s.PersonalText, s.Kind, s.OrganisationName, s.SignerRole))
            .ToListAsync(ct);
    }

    private IEnumerable<string> Sender(LetterSigner signer) =>
        [l["Sent by {0} through this campaign.", LetterText.Signatory(signer)]];

    private IEnumerable<string> Signatories(IReadOnlyList<LetterSigner> signers)
    {
        var countries = signers.Select(s => s.Country).Where(c => c.Length > 0).Distinct().Count();
        yield return l["Signed by {0} people from {1} countries:", signers.Count, countries];
        foreach (var signer in signers)
        {
            yield return LetterText.Signatory(signer);
        }
    }
}

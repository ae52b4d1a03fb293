using Campaigns.Web.Features.Counting;
using System.Globalization;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Campaigns;
using Campaigns.Web.Email;
using Campaigns.Web.Features.Letters;
using Campaigns.Web.Resources;
using Campaigns.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Deliveries;

/// <summary>
/// The email a target receives: from the platform, never from a supporter; one supporter's letter with their
/// name and place, or the letter once followed by its signatories (names as signed, no email addresses).
/// </summary>
public class DeliveryEmails(CampaignsDbContext db, LetterQueries letters, SignatoryListing listing, IStringLocalizer<SharedResource> l)
{
    /// <summary>The lines the site adds around the letter are in the letter's language too.</summary>
    public async Task<EmailMessage> ComposeAsync(DeliveryToSend delivery, DateTime now, CancellationToken ct)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(delivery.Campaign.Language);
        try
        {
            return await WriteAsync(delivery, now, ct);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private async Task<EmailMessage> WriteAsync(DeliveryToSend delivery, DateTime now, CancellationToken ct)
    {
        var (campaign, target) = (delivery.Campaign, delivery.Target);
        var individual = delivery.Mode != DeliveryMode.Individual ? null
            : delivery.SignerWithheld && delivery.Signer is { } signer ? signer with { Name = l["A supporter"], Email = "", City = null } : delivery.Signer;
        var paragraphs = LetterText.Paragraphs(campaign, target, individual, now).ToList();
        paragraphs.AddRange(individual is not null ? Sender(individual) : await SignatoriesAsync(delivery, ct));
        var email = EmailComposer.Compose(target.Email ?? "", target.Name, LetterText.Subject(campaign), paragraphs)
            with { DeliveryKey = DeliveryMessages.OutboxKey(delivery.Id) };
        return individual is not null && campaign.ReplyToSupporter && !delivery.SignerWithheld
            ? email with { ReplyTo = new EmailAddress(individual.Email, individual.Name) }
            : email;
    }

    /// <summary>
    /// A released letter carries everyone who has signed it, as printed; a digest lists the signatures it carries.
    /// Either ends with the campaign's whole figure when part of it was signed on paper, which no list can name.
    /// </summary>
    private async Task<IEnumerable<string>> SignatoriesAsync(DeliveryToSend delivery, CancellationToken ct)
    {
        var listed = delivery.Mode == DeliveryMode.OnRelease && await letters.ByIdAsync(delivery.CampaignId, ct) is { Kind: not CampaignKind.Petition } letter
            ? ReleasedSignatories.Paragraphs(await listing.ForAsync(letter, ct), letter.Kind, l)
            : Signatories(await SignersAsync(delivery.Id, ct));
        var counts = await db.Campaigns.AsNoTracking().Where(c => c.Id == delivery.CampaignId)
            .Select(c => new { c.SignatureCount, c.PaperCount }).SingleAsync(ct);
        return counts.PaperCount > 0
            ? listed.Append(l["Supporters in all: {0}, of whom {1} signed on paper.", counts.SignatureCount.ToString("N0"), counts.PaperCount.ToString("N0")])
            : listed;
    }

    private Task<List<DigestSigner>> SignersAsync(Guid deliveryId, CancellationToken ct) =>
        db.Signatures.AsNoTracking().ThatCount()
            .Where(s => db.DeliveryItems.Any(i => i.DeliveryId == deliveryId && i.SignatureId == s.Id))
            .OrderBy(s => s.ConfirmedAt).ThenBy(s => s.Id)
            .Select(s => new DigestSigner(
                new LetterSigner(s.Name, s.Email, s.City, s.Country, s.PersonalText, s.Kind, s.OrganisationName, s.SignerRole), s.NameDisplay))
            .ToListAsync(ct);

    // Organisations co-sign in public; people choose how they appear, and those never to be named are only counted.
    private sealed record DigestSigner(LetterSigner Signer, NameDisplay PublicName)
    {
        public NameDisplay Display => PublicName == NameDisplay.Never ? NameDisplay.Hidden
            : Signer.Kind == SignerKind.Organisation ? NameDisplay.Full : PublicName;
    }

    private IEnumerable<string> Sender(LetterSigner signer) =>
        [l["Sent by {0} through this campaign.", LetterText.Signatory(signer)]];

    // Officials of the state holding the person may be the readers: a signer is named to them only as they
    // agreed to be named in public (initials without a town), and otherwise only counted.
    private IEnumerable<string> Signatories(IReadOnlyList<DigestSigner> signers)
    {
        if (signers.Count == 0)
        {
            yield break;
        }
        var countries = signers.Select(s => s.Signer.Country).Where(c => c.Length > 0).Distinct().Count();
        var people = signers.Count.ToString("N0");
        yield return countries == 1
            ? l.Plural(signers.Count, "Signed by {0} person from {1} country:", "Signed by {0} people from {1} country:", people, countries)
            : l["Signed by {0} people from {1} countries:", people, countries.ToString("N0")];
        foreach (var named in signers.Where(s => s.Display != NameDisplay.Hidden))
        {
            yield return LetterText.Signatory(named.Display == NameDisplay.Full
                ? named.Signer
                : named.Signer with { Name = CampaignQueries.Initials(named.Signer.Name), City = null });
        }
        var unnamed = signers.Count(s => s.Display == NameDisplay.Hidden);
        if (unnamed > 0)
        {
            yield return l["and {0} more who asked not to be named", unnamed];
        }
    }
}

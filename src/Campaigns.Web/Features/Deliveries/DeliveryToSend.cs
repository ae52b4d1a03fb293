using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Translations;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Deliveries;

/// <summary>Everything sending one delivery needs, read in one query: its ledger line, what may hold it, the letter, the target and, for one supporter's letter, its signer.</summary>
public sealed record DeliveryToSend(
    Guid Id, Guid CampaignId, DeliveryStatus Status, DeliveryMode Mode, DeliveryChannel Channel,
    HoldFacts? Facts, LetterCampaign Campaign, LetterTarget Target, LetterSigner? Signer, bool SignerWithheld)
{
    public static async Task<DeliveryToSend?> LoadAsync(CampaignsDbContext db, TranslatedCampaigns translations, Guid id, CancellationToken ct)
    {
        var row = await (
            from d in db.Deliveries.Where(d => d.Id == id)
            join c in db.Campaigns on d.CampaignId equals c.Id
            join t in db.Targets on d.TargetId equals t.Id
            from link in db.CampaignTargets.Where(l => l.CampaignId == d.CampaignId && l.TargetId == d.TargetId).DefaultIfEmpty()
            from s in db.Signatures.Where(s => s.Id == d.SignatureId).DefaultIfEmpty()
            select new
            {
                d.Id, d.Status, d.Mode, d.Channel, d.CampaignId, d.TargetId,
                Linked = link != null,
                NoFurtherActionAt = link != null ? link.NoFurtherActionAt : null,
                NoFurtherActionReason = link != null ? link.NoFurtherActionReason : null,
                CaseWithNoFurtherAction = db.CampaignCases
                    .Where(cc => link != null && cc.CampaignId == d.CampaignId && cc.CaseId == link.OnBehalfOfCaseId && cc.ActionStatus == ActionStatus.NoFurtherAction)
                    .Select(cc => cc.Case!.Name)
                    .FirstOrDefault(),
                CampaignStatus = c.Status, c.Deadline, CampaignTitle = c.Title, c.LetterSubject, c.Body, c.EditableText, c.LetterDate, c.ReplyToSupporter,
                CampaignLanguage = c.Language, TargetLanguage = t.Language,
                TargetName = t.Name, TargetTitle = t.Title, t.Salutation, t.Email, t.PostalAddress, t.RetiredAt,
                HasSigner = s != null,
                SignerName = s != null ? s.Name : null, SignerEmail = s != null ? s.Email : null, SignerCity = s != null ? s.City : null,
                SignerCountry = s != null ? s.Country : null, PersonalText = s != null ? s.PersonalText : null,
                SignerKind = s != null ? s.Kind : SignerKind.Individual, OrganisationName = s != null ? s.OrganisationName : null,
                SignerRole = s != null ? s.SignerRole : null,
                SignerWithheld = s != null && s.NameDisplay == NameDisplay.Never,
            })
            .AsNoTracking()
            .SingleOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }
        var facts = row.Linked
            ? new HoldFacts(row.CampaignId, row.TargetId, row.CampaignStatus, row.Deadline, row.RetiredAt, row.NoFurtherActionAt,
                row.NoFurtherActionReason, row.CaseWithNoFurtherAction, row.Email, row.PostalAddress)
            : null;
        var signer = row.HasSigner
            ? new LetterSigner(row.SignerName!, row.SignerEmail!, row.SignerCity, row.SignerCountry!, row.PersonalText, row.SignerKind, row.OrganisationName, row.SignerRole)
            : null;
        // An official who reads a language the campaign is translated into gets the letter in it.
        var translation = await translations.FindAsync(row.CampaignId, row.CampaignLanguage, ContentLanguages.Match(row.TargetLanguage), ct);
        var campaign = translation is null
            ? new LetterCampaign(row.CampaignTitle, row.LetterSubject, row.Body, row.EditableText, row.LetterDate, row.ReplyToSupporter, row.CampaignLanguage)
            : new LetterCampaign(translation.Title, translation.LetterSubject, translation.Body, translation.EditableText ?? row.EditableText,
                row.LetterDate, row.ReplyToSupporter, translation.Language);
        return new DeliveryToSend(row.Id, row.CampaignId, row.Status, row.Mode, row.Channel, facts,
            campaign, new LetterTarget(row.TargetName, row.TargetTitle, row.Salutation, row.Email), signer, row.SignerWithheld);
    }
}

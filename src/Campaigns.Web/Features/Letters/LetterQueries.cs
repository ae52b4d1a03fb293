using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Letters;

public class LetterQueries(CampaignsDbContext db)
{
    /// <summary>A letter as the public sees it: drafts are never visible.</summary>
    public Task<LetterData?> PublicAsync(string slug, CancellationToken ct) =>
        LoadAsync(db.Campaigns.Where(c => c.Slug == slug && c.Status != CampaignStatus.Draft), ct);

    public Task<LetterData?> ByIdAsync(Guid campaignId, CancellationToken ct) =>
        LoadAsync(db.Campaigns.Where(c => c.Id == campaignId), ct);

    private static Task<LetterData?> LoadAsync(IQueryable<Campaign> campaigns, CancellationToken ct) =>
        campaigns.AsNoTracking().Select(c => new LetterData(
                c.Id, c.Slug, c.Kind, c.Status, c.Title, c.Body, c.Organisation!.Name, c.LetterSubject, c.LetterDate,
                c.EditableText, c.EditableMaxLength, c.AddressedTo, c.ContactName, c.ContactOrganisation, c.ContactEmail,
                c.SignatoryOrder, c.SignatureCount, c.OrganisationCount,
                c.Targets.OrderBy(t => t.Position).Select(t => new LetterTarget(
                    t.TargetId, t.Target!.Name, t.Target.Title, t.Target.Affiliation, t.Target.PostalAddress, t.Target.Salutation, t.Target.Country, t.Target.Language))
                    .ToList(),
                c.Language))
            .AsSplitQuery()
            .SingleOrDefaultAsync(ct);
}

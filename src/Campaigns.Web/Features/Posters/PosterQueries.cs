using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Cases;
using Campaigns.Web.Features.Counting;
using Campaigns.Web.Features.Sharing;
using Campaigns.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Posters;

/// <summary>Reads what a public campaign's poster needs in two queries; drafts have no poster.</summary>
public class PosterQueries(CampaignsDbContext db, IOptions<CampaignsOptions> site)
{
    public const int PeopleShown = 4;

    public async Task<Poster?> FindAsync(string slug, CancellationToken ct)
    {
        var campaign = await db.Campaigns.AsNoTracking()
            .Where(c => c.Slug == slug && c.Status != CampaignStatus.Draft)
            .Select(c => new
            {
                c.Id, c.Slug, c.Title, c.Language, c.CountedAt,
                Support = CampaignSupport.Of(c.Kind, c.SignatureCount, c.ListedCount, c.OfflineCount, c.OrganisationCount, c.OfflineCountedOn),
            })
            .SingleOrDefaultAsync(ct);
        if (campaign is null)
        {
            return null;
        }
        var people = await db.CampaignCases.AsNoTracking()
            .Where(cc => cc.CampaignId == campaign.Id)
            .OrderBy(cc => cc.Position)
            .Take(PeopleShown)
            .Select(cc => new { cc.Case!.Slug, cc.Case.Name, cc.Case.NativeName, cc.Case.PhotoUpdatedAt, cc.Case.Language })
            .ToListAsync(ct);
        var address = ShareAddress.Campaign(site.Value, campaign.Slug);
        return new Poster(campaign.Slug, campaign.Title, campaign.Language, campaign.Support, campaign.CountedAt, address, QrCodeSvg.Render(address),
            people.Select(p => new PosterPerson(p.Name, p.NativeName, CasePhotoUrls.For(p.Slug, p.PhotoUpdatedAt), p.Language)).ToList());
    }
}

using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Counting;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Organizer;

public static class ListMyCampaigns
{
    public sealed record Item(
        string Slug, CampaignKind Kind, string Title, CampaignStatus Status, string Organisation,
        CampaignSupport Support, int Pending, int? Goal, DateTime? Deadline, DateTime CreatedAt, DateTime? PublishedAt, DateTime? ClosedAt)
    {
        /// <summary>The whole support, as the public pages count it.</summary>
        public int Confirmed => Support.Total;
    }

    public sealed record Response(IReadOnlyList<Item> Items, IReadOnlyList<OrganisationChoice> Organisations);

    public class Handler(CampaignsDbContext db, CampaignAccess access)
    {
        public async Task<Response> HandleAsync(ClaimsPrincipal user, CancellationToken ct)
        {
            var organisations = await access.OrganisationsAsync(user, AccessNeed.See, ct);
            var ids = organisations.Select(o => o.Id).ToList();
            var items = await db.Campaigns.AsNoTracking()
                .Where(c => ids.Contains(c.OrganisationId))
                .OrderByDescending(c => c.CreatedAt)
                .Select(c => new Item(
                    c.Slug, c.Kind, c.Title, c.Status, c.Organisation!.Name,
                    CampaignSupport.Of(c.Kind, c.SignatureCount, c.ListedCount, c.OfflineCount, c.OrganisationCount, c.OfflineCountedOn, c.PaperCount),
                    db.Signatures.ThatArePending().Count(s => s.CampaignId == c.Id),
                    c.Goal, c.Deadline, c.CreatedAt, c.PublishedAt, c.ClosedAt))
                .ToListAsync(ct);
            return new Response(items, organisations);
        }
    }
}

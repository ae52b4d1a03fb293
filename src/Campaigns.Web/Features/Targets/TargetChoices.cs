using Campaigns.Web.Data;
using Campaigns.Web.Features.Organizer;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Targets;

public sealed record TargetChoice(Guid Id, string Name, string? Title, string? Organisation, string OrganisationName);

/// <summary>The directory targets a campaign form offers to tick: those not retired, of the organisations the user runs campaigns for.</summary>
public class TargetChoices(CampaignsDbContext db)
{
    public const int MaxOffered = 500;

    public async Task<IReadOnlyList<TargetChoice>> ForAsync(IReadOnlyList<OrganisationChoice> organisations, CancellationToken ct)
    {
        var ids = organisations.Select(o => o.Id).ToList();
        var names = organisations.ToDictionary(o => o.Id, o => o.Name);
        var targets = await db.Targets.AsNoTracking()
            .Where(t => ids.Contains(t.OrganisationId) && t.RetiredAt == null)
            .OrderBy(t => t.Name).ThenBy(t => t.Title)
            .Take(MaxOffered)
            .Select(t => new { t.Id, t.Name, t.Title, t.Affiliation, t.OrganisationId })
            .ToListAsync(ct);
        return targets.Select(t => new TargetChoice(t.Id, t.Name, t.Title, t.Affiliation, names[t.OrganisationId])).ToList();
    }
}

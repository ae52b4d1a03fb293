using Campaigns.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Retention;

/// <summary>
/// Deletes organizer accounts whose email was never confirmed, and the organisations they registered when nobody
/// else belongs to them and nothing was made in them.
/// </summary>
public class UnconfirmedAccountPurger(CampaignsDbContext db, TimeProvider clock, IOptions<RetentionOptions> options)
{
    public async Task<int> PurgeAsync(CancellationToken ct)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-options.Value.UnconfirmedAccountDays);
        var expired = db.Users.Where(u => !u.EmailConfirmed && u.CreatedAt < cutoff);
        var users = expired.Select(u => u.Id);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var emptyOrganisations = await db.Organisations
            .Where(o => o.Members.Any() && o.Members.All(m => users.Contains(m.UserId))
                && !db.Campaigns.Any(c => c.OrganisationId == o.Id) && !db.Cases.Any(c => c.OrganisationId == o.Id)
                && !db.Targets.Any(t => t.OrganisationId == o.Id) && !db.ActionSeries.Any(s => s.OrganisationId == o.Id))
            .Select(o => o.Id).ToListAsync(ct);
        // Memberships, roles and tokens go with the user (cascading keys).
        var purged = await expired.ExecuteDeleteAsync(ct);
        await db.Organisations.Where(o => emptyOrganisations.Contains(o.Id)).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
        return purged;
    }
}

using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Fraud;

/// <summary>
/// Compares each campaign's signing in the last few minutes with its trailing average and, when it jumps far
/// above it, queues an alert to every admin, at most once per campaign per period.
/// </summary>
public class SigningRateWatch(CampaignsDbContext db, TimeProvider clock, IOptions<FraudOptions> options)
{
    public async Task<int> CheckAsync(CancellationToken ct)
    {
        var o = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var windowStart = now.AddMinutes(-o.AlertWindowMinutes);
        var trailingStart = windowStart.AddHours(-o.AlertTrailingHours);
        var quietSince = now.AddMinutes(-o.AlertPeriodMinutes);
        var signatures = db.Signatures.AsNoTracking().Where(s => s.InvalidationId == null);
        var busy = await signatures.Where(s => s.CreatedAt >= windowStart)
            .GroupBy(s => s.CampaignId)
            .Select(g => new { CampaignId = g.Key, Recent = g.Count() })
            .Where(g => g.Recent >= o.AlertMinSignatures)
            .Where(g => !db.SigningRateAlerts.Any(a => a.CampaignId == g.CampaignId && a.SentAt > quietSince))
            .Select(g => new
            {
                g.CampaignId,
                g.Recent,
                Trailing = signatures.Count(s => s.CampaignId == g.CampaignId && s.CreatedAt >= trailingStart && s.CreatedAt < windowStart),
            })
            .ToListAsync(ct);
        var windowsInTrailing = o.AlertTrailingHours * 60.0 / o.AlertWindowMinutes;
        var jumps = busy.Where(b => b.Recent >= o.AlertFactor * b.Trailing / windowsInTrailing).ToList();
        foreach (var jump in jumps)
        {
            await AlertAsync(jump.CampaignId, jump.Recent, (int)Math.Round(jump.Trailing / windowsInTrailing), now, ct);
        }
        return jumps.Count;
    }

    private async Task AlertAsync(Guid campaignId, int recent, int usual, DateTime now, CancellationToken ct)
    {
        var alert = new SigningRateAlert { CampaignId = campaignId, SentAt = now, RecentSignatures = recent };
        db.SigningRateAlerts.Add(alert);
        await db.SaveChangesAsync(ct);
        var admins = await (from ur in db.UserRoles
                            join r in db.Roles on ur.RoleId equals r.Id
                            join u in db.Users on ur.UserId equals u.Id
                            where r.Name == Roles.Admin && u.Email != null
                            select u.Id).ToListAsync(ct);
        foreach (var admin in admins)
        {
            db.Enqueue(SigningRateAlertEmail.Kind, $"{SigningRateAlertEmail.Kind}:{alert.Id}:{admin}",
                new SigningRateAlertEmail.Payload(alert.Id, admin, usual), now);
        }
        await db.SaveChangesAsync(ct);
    }
}

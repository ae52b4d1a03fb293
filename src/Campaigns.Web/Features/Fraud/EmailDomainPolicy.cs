using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Fraud;

/// <summary>
/// Whether an address may sign: refused at a domain an admin blocked or a known disposable one, unless an admin
/// allowed it. The most specific rule wins (an allowed subdomain of a blocked domain signs).
/// </summary>
public class EmailDomainPolicy(CampaignsDbContext db)
{
    public async Task<bool> RefusesAsync(string email, CancellationToken ct)
    {
        var domain = EmailDomains.Of(email);
        if (domain.Length == 0)
        {
            return false;
        }
        var candidates = EmailDomains.WithParents(domain).ToList();
        var rules = await db.EmailDomainRules.AsNoTracking()
            .Where(r => candidates.Contains(r.Domain))
            .ToDictionaryAsync(r => r.Domain, r => r.Verdict, ct);
        foreach (var candidate in candidates)
        {
            if (rules.TryGetValue(candidate, out var verdict))
            {
                return verdict == EmailDomainVerdict.Block;
            }
            if (DisposableDomains.All.Contains(candidate))
            {
                return true;
            }
        }
        return false;
    }
}

using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Campaigns.Web.Features.Fraud;

/// <summary>
/// The admins' domain rules, read once every few seconds rather than once per signature: the list is short and
/// changes rarely. A change made on this instance applies at once; another instance sees it within the lifetime.
/// </summary>
public class EmailDomainRuleCache(IMemoryCache cache, IServiceScopeFactory scopes)
{
    private const string Key = "email-domain-rules";
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    public async Task<IReadOnlyDictionary<string, EmailDomainVerdict>> RulesAsync(CancellationToken ct)
    {
        if (cache.TryGetValue(Key, out IReadOnlyDictionary<string, EmailDomainVerdict>? cached))
        {
            return cached!;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignsDbContext>();
        var rules = await db.EmailDomainRules.AsNoTracking()
            .ToDictionaryAsync(r => r.Domain, r => r.Verdict, ct);
        cache.Set(Key, (IReadOnlyDictionary<string, EmailDomainVerdict>)rules, Lifetime);
        return rules;
    }

    public void Forget() => cache.Remove(Key);
}

using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Fraud;

public sealed record EmailDomainRuleView(string Domain, string Verdict, string AddedBy, DateTime AddedAt);

public sealed record EmailDomainsOverview(IReadOnlyList<EmailDomainRuleView> Allowed, IReadOnlyList<EmailDomainRuleView> Blocked, int DisposableDefaults);

/// <summary>The admins' allow and block lists of email domains, over the shipped list of disposable ones.</summary>
public class EmailDomainRules(CampaignsDbContext db, EmailDomainRuleCache cache, TimeProvider clock)
{
    public async Task<EmailDomainsOverview> OverviewAsync(CancellationToken ct)
    {
        var rules = await db.EmailDomainRules.AsNoTracking().OrderBy(r => r.Domain).ToListAsync(ct);
        EmailDomainRuleView View(EmailDomainRule r) => new(r.Domain, Name(r.Verdict), r.AddedBy, r.AddedAt);
        return new EmailDomainsOverview(
            rules.Where(r => r.Verdict == EmailDomainVerdict.Allow).Select(View).ToList(),
            rules.Where(r => r.Verdict == EmailDomainVerdict.Block).Select(View).ToList(),
            DisposableDomains.All.Count);
    }

    /// <summary>Puts the domain on one list (taking it off the other).</summary>
    public async Task SetAsync(string domain, EmailDomainVerdict verdict, string admin, CancellationToken ct)
    {
        var rule = await db.EmailDomainRules.SingleOrDefaultAsync(r => r.Domain == domain, ct);
        if (rule is null)
        {
            rule = new EmailDomainRule { Domain = domain };
            db.EmailDomainRules.Add(rule);
        }
        rule.Verdict = verdict;
        rule.AddedBy = admin;
        rule.AddedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        cache.Forget();
    }

    /// <summary>Takes the domain off both lists; a disposable one is blocked again by default.</summary>
    public async Task<bool> RemoveAsync(string domain, CancellationToken ct)
    {
        var removed = await db.EmailDomainRules.Where(r => r.Domain == domain).ExecuteDeleteAsync(ct) > 0;
        cache.Forget();
        return removed;
    }

    public static string Name(EmailDomainVerdict verdict) => verdict == EmailDomainVerdict.Allow ? "allow" : "block";

    public static EmailDomainVerdict? Parse(string? verdict) => verdict switch
    {
        "allow" => EmailDomainVerdict.Allow,
        "block" => EmailDomainVerdict.Block,
        _ => null,
    };
}

using Campaigns.Web.Domain;
using Campaigns.Web.Resources;
using FluentValidation.Results;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Fraud;

/// <summary>
/// Whether an address may sign: refused at a domain an admin blocked or a known disposable one, unless an admin
/// allowed it. The most specific rule wins (an allowed subdomain of a blocked domain signs).
/// </summary>
public class EmailDomainPolicy(EmailDomainRuleCache cache, IStringLocalizer<SharedResource> l)
{
    /// <summary>The field error for an address that may not be used, or null when it may.</summary>
    public async Task<ValidationFailure?> RefusalAsync(string email, string field, CancellationToken ct) =>
        await RefusesAsync(email, ct)
            ? new ValidationFailure(field, l["Addresses at this email domain are not accepted. Please use another address."])
            : null;

    public async Task<bool> RefusesAsync(string email, CancellationToken ct)
    {
        var domain = EmailDomains.Of(email);
        if (domain.Length == 0)
        {
            return false;
        }
        var rules = await cache.RulesAsync(ct);
        foreach (var candidate in EmailDomains.WithParents(domain))
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

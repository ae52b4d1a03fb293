using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Features.Retention;
using Microsoft.Extensions.DependencyInjection;

namespace Campaigns.Tests.Retention;

/// <summary>Retention periods other than the defaults, so tests show the configured figures are the ones used.</summary>
public sealed class RetentionAppFactory() : CampaignsAppFactory(new AppOptions
{
    Settings = new Dictionary<string, string>
    {
        ["Retention:SignerDataMonths"] = "4",
        ["Retention:UnconfirmedAccountDays"] = "5",
        ["Campaigns:UnconfirmedRetentionDays"] = "12",
        ["Campaigns:IpHashRetentionDays"] = "20",
    },
})
{
    public Task<(int Campaigns, int Accounts, int Messages)> RunRetentionAsync() =>
        WithScopeAsync(sp => sp.GetRequiredService<RetentionJob>().RunAsync(CancellationToken.None));
}

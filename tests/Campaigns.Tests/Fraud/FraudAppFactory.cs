using Campaigns.Tests.Infrastructure;

namespace Campaigns.Tests.Fraud;

/// <summary>The app with thresholds small enough that a handful of signatures stands out or jumps.</summary>
public sealed class FraudAppFactory() : CampaignsAppFactory(new AppOptions
{
    Settings = new Dictionary<string, string>
    {
        ["Fraud:SourceMinSignatures"] = "4",
        ["Fraud:SourceFactor"] = "3",
        ["Fraud:BurstMinSignatures"] = "4",
        ["Fraud:BurstFactor"] = "3",
        ["Fraud:AlertMinSignatures"] = "6",
        ["Fraud:AlertFactor"] = "5",
        ["Fraud:AlertWindowMinutes"] = "10",
        ["Fraud:AlertTrailingHours"] = "1",
        ["Fraud:AlertPeriodMinutes"] = "360",
    },
});

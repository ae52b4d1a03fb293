namespace Campaigns.Tests.Infrastructure;

public enum MailDelivery
{
    /// <summary>The app writes .eml files to a temporary folder of the factory's own.</summary>
    PickupFolder,

    /// <summary>Mail goes to the test SMTP server (CAMPAIGNS_TEST_SMTP_*) and lands in its Maildir.</summary>
    Smtp,
}

/// <summary>How a <see cref="CampaignsAppFactory"/> runs the app. The defaults suit most tests.</summary>
public sealed record AppOptions
{
    public MailDelivery Mail { get; init; } = MailDelivery.PickupFolder;

    /// <summary>Run the real Quartz scheduler; off by default so tests drain and count by hand.</summary>
    public bool RunJobs { get; init; }

    public bool RateLimiting { get; init; }

    /// <summary>SQLite even when PostgreSQL is configured, so the embedded default's SQL runs in CI too.</summary>
    public bool EmbeddedDatabase { get; init; }

    /// <summary>Any further configuration, in "Section:Key" form; these win over everything above.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();
}

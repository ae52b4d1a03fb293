using Campaigns.Web.Domain;

namespace Campaigns.Web.Seeding;

public sealed class CampaignSeed
{
    public required string Slug { get; init; }
    public required string Organisation { get; init; }
    public CampaignKind Kind { get; init; }
    public CampaignStatus Status { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required string BodyFile { get; init; }
    public string? StartedBy { get; init; }
    public int? Goal { get; init; }
    public DateTime? Deadline { get; init; }
    public DateTime? PublishedAt { get; init; }

    /// <summary>For campaigns that should look freshly published whenever the demo is seeded.</summary>
    public int? PublishedDaysAgo { get; init; }

    public DateTime? ClosedAt { get; init; }
    public string? ClosingMessage { get; init; }

    /// <summary>Supporters counted outside this site (an earlier platform, paper), with no signer rows.</summary>
    public int OfflineCount { get; init; }

    /// <summary>The day the offline count refers to, if the source gives one.</summary>
    public DateOnly? OfflineCountedOn { get; init; }

    public IReadOnlyList<string> Targets { get; init; } = [];
    public IReadOnlyList<string> Cases { get; init; } = [];
}

public sealed class SignatureSeed
{
    public required string Campaign { get; init; }
    public IReadOnlyList<SignerSeed> Signers { get; init; } = [];
}

public sealed class SignerSeed
{
    public required string Name { get; init; }
    public required string Email { get; init; }
    public required string Country { get; init; }
    public string? City { get; init; }
    public string? Comment { get; init; }
    public NameDisplay NameDisplay { get; init; }
    public bool EmailUpdates { get; init; }
    public double SignedHoursAgo { get; init; }
}

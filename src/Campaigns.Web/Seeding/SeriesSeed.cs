using Campaigns.Web.Domain;

namespace Campaigns.Web.Seeding;

/// <summary>A series and the outputs that came before the one a campaign file describes (seeds/series.json).</summary>
public sealed class SeriesSeed
{
    public required string Reference { get; init; }
    public required string Organisation { get; init; }
    public required string Title { get; init; }
    public IReadOnlyList<EarlierOutputSeed> EarlierOutputs { get; init; } = [];
}

public sealed class EarlierOutputSeed
{
    public int Output { get; init; }
    public required string Slug { get; init; }
    public required string Summary { get; init; }
    public required string Body { get; init; }
    public DateTime PublishedAt { get; init; }
    public DateTime ClosedAt { get; init; }
    public string? ClosingMessage { get; init; }
}

/// <summary>The urgent-action part of a campaign file: which output it is, earlier titles, and each person's action status.</summary>
public sealed class UrgentActionFile
{
    public required string Slug { get; init; }
    public UrgentActionSeed? UrgentAction { get; init; }
}

public sealed class UrgentActionSeed
{
    public required string Reference { get; init; }
    public int Output { get; init; }
    public bool FinalOutput { get; init; }
    public IReadOnlyList<PersonActionSeed> People { get; init; } = [];
    public IReadOnlyList<PreviousOutputSeed> PreviousOutputs { get; init; } = [];
}

public sealed class PersonActionSeed
{
    public required string Case { get; init; }

    /// <summary>"Continues", or "Ended" when no further action is requested.</summary>
    public required string Action { get; init; }
    public string? Reason { get; init; }
    public DateOnly? Since { get; init; }

    public ActionStatus Status => Action.Equals("Continues", StringComparison.OrdinalIgnoreCase) ? ActionStatus.Continues : ActionStatus.NoFurtherAction;
}

public sealed class PreviousOutputSeed
{
    public int Output { get; init; }
    public required string Title { get; init; }
}

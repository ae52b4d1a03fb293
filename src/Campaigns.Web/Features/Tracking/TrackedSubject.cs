namespace Campaigns.Web.Features.Tracking;

public enum SubjectKind { Campaign, Case }

/// <summary>
/// What a tracking view is about: one campaign, or one person and every public campaign about them.
/// <paramref name="Language"/> is the language the name is shown in.
/// </summary>
public sealed record TrackedSubject(
    SubjectKind Kind, string Slug, string Name, string? NativeName, Guid? CaseId, IReadOnlyList<CampaignRow> Campaigns, string Language)
{
    public IReadOnlyList<Guid> CampaignIds => Campaigns.Select(c => c.Id).ToList();

    /// <summary>A campaign has a goal of its own; a person's support is open-ended.</summary>
    public int? Goal => Kind == SubjectKind.Campaign ? Campaigns[0].Goal : null;

    public Tally Tally => Tally.Of(Campaigns, Goal);
}

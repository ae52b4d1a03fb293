namespace Campaigns.Web.Domain;

public class Campaign
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public string Slug { get; set; } = "";
    public CampaignKind Kind { get; set; }
    public CampaignStatus Status { get; set; }
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public string Body { get; set; } = "";
    public string? StartedBy { get; set; }
    public int? Goal { get; set; }
    public DateTime? Deadline { get; set; }
    public string? ClosingMessage { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? PublishedAt { get; set; }
    public DateTime? ClosedAt { get; set; }
    public int SignatureCount { get; set; }

    /// <summary>Supporters counted outside this site (paper lists, an earlier platform); part of <see cref="SignatureCount"/>.</summary>
    public int OfflineCount { get; set; }
    public DateTime? CountedAt { get; set; }

    public Organisation? Organisation { get; set; }
    public List<CampaignTarget> Targets { get; set; } = [];
    public List<CampaignCase> Cases { get; set; } = [];

    public bool IsOpenAt(DateTime now) => IsOpen(Status, Deadline, now);

    /// <summary>The one rule for whether signatures are taken: published, and before any deadline.</summary>
    public static bool IsOpen(CampaignStatus status, DateTime? deadline, DateTime now) =>
        status == CampaignStatus.Published && (deadline is null || deadline > now);
}

public enum CampaignKind { Petition, AppealLetter, SignOnLetter, JointStatement }

public enum CampaignStatus { Draft, Published, Closed }

namespace Campaigns.Web.Domain;

public class Target
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public string Name { get; set; } = "";
    public string? Title { get; set; }
    public string? Affiliation { get; set; }
    public string? Country { get; set; }
    public string? Email { get; set; }
    public string? PostalAddress { get; set; }
    public string? Salutation { get; set; }

    /// <summary>A language tag such as "zh-CN"; letters to the target are written in it where the organizer offers it.</summary>
    public string? Language { get; set; }

    /// <summary>An IANA time zone id; office hours are counted in it.</summary>
    public string? TimeZone { get; set; }
    public string? Notes { get; set; }
    public DeliveryChannel Channel { get; set; }
    public DeliveryMode Mode { get; set; }
    public int? HourlyCap { get; set; }
    public TimeOnly? OfficeHoursStart { get; set; }
    public TimeOnly? OfficeHoursEnd { get; set; }
    public int? DigestThreshold { get; set; }
    public bool DigestDaily { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? RetiredAt { get; set; }
}

public enum DeliveryChannel { Email, Post }

/// <summary>How letters reach a target: one by one (paced), gathered into digests, or all at once when released.</summary>
public enum DeliveryMode { Individual, Digest, OnRelease }

public class CampaignTarget
{
    public Guid CampaignId { get; set; }
    public Guid TargetId { get; set; }
    public int Position { get; set; }

    /// <summary>The person at risk this target is addressed about, when a campaign concerns several.</summary>
    public Guid? OnBehalfOfCaseId { get; set; }
    public DateTime? NoFurtherActionAt { get; set; }
    public string? NoFurtherActionReason { get; set; }
    public Target? Target { get; set; }
}

/// <summary>Whether supporters are still asked to act for one person of a campaign.</summary>
public enum ActionStatus { Continues, NoFurtherAction }

public class CampaignCase
{
    public Guid CampaignId { get; set; }
    public Guid CaseId { get; set; }
    public int Position { get; set; }
    public ActionStatus ActionStatus { get; set; }
    public DateOnly? ActionChangedOn { get; set; }
    public string? ActionReason { get; set; }
    public Case? Case { get; set; }
}

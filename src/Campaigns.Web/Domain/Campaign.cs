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

    /// <summary>The language the campaign is written in; translations are into the others.</summary>
    public string Language { get; set; } = ContentLanguages.English;
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

    /// <summary>The day <see cref="OfflineCount"/> refers to, when the source gives one.</summary>
    public DateOnly? OfflineCountedOn { get; set; }

    /// <summary>Individuals the organizers list by name (family, partners); part of <see cref="SignatureCount"/>.</summary>
    public int ListedCount { get; set; }

    /// <summary>Signatures recorded from paper sheets (<see cref="PaperBatch"/>); part of <see cref="SignatureCount"/>.</summary>
    public int PaperCount { get; set; }
    public DateTime? CountedAt { get; set; }

    /// <summary>Confirmed co-signing organisations, counted apart from individuals.</summary>
    public int OrganisationCount { get; set; }

    public string? LetterSubject { get; set; }
    public DateOnly? LetterDate { get; set; }

    /// <summary>The paragraph of an appeal letter each supporter may rewrite; null when the letter is fixed.</summary>
    public string? EditableText { get; set; }
    public int? EditableMaxLength { get; set; }

    /// <summary>Letters carry the supporter's address as Reply-To (never as From).</summary>
    public bool ReplyToSupporter { get; set; }
    public string? AddressedTo { get; set; }
    public string? ContactName { get; set; }
    public string? ContactOrganisation { get; set; }
    public string? ContactEmail { get; set; }
    public SignatoryOrder SignatoryOrder { get; set; }

    /// <summary>Whether supporters' comments appear on the campaign page, once an organizer approves each.</summary>
    public CommentPolicy CommentPolicy { get; set; }

    /// <summary>Days after delivery (or publication) from which an official's silence shows as "no answer".</summary>
    public int AnswerWaitDays { get; set; } = DefaultAnswerWaitDays;
    public const int DefaultAnswerWaitDays = 30;

    /// <summary>When the signers' names and addresses were erased under the retention rule; counts and countries stay.</summary>
    public DateTime? AnonymisedAt { get; set; }

    /// <summary>An urgent-action style reference such as "UA 44/22".</summary>
    public string? Reference { get; set; }
    public Guid? SeriesId { get; set; }
    public int? OutputNumber { get; set; }
    public bool FinalOutput { get; set; }

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

public enum CommentPolicy { AfterApproval, Off }

public enum SignatoryOrder { AsArranged, Alphabetical }

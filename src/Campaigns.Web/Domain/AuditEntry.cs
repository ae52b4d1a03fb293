namespace Campaigns.Web.Domain;

/// <summary>
/// One thing a member did in an organisation: who, when, what, and on which campaign, case or member.
/// It never holds a signer's name or address, so the log can be shown to every owner and kept.
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }
    public Guid OrganisationId { get; set; }
    public string? UserId { get; set; }

    /// <summary>The actor's email at the time, so the log still reads after the account is gone.</summary>
    public string Actor { get; set; } = "";
    public AuditAction Action { get; set; }

    /// <summary>What the action was about, as an organizer knows it: a campaign's slug, a case's slug, a member's email.</summary>
    public string Subject { get; set; } = "";
    public string? Detail { get; set; }
    public DateTime At { get; set; }
}

public enum AuditAction
{
    CampaignCreated,
    CampaignEdited,
    CampaignPublished,
    CampaignClosed,
    SignaturesExported,
    SignatoriesExported,
    OrganisationApproved,
    OrganisationRejected,
    LetterReleased,
    LetterSettingsChanged,
    PostingRecorded,
    TargetsChanged,
    CaseCreated,
    CaseEdited,
    TranslationChanged,
    MemberInvited,
    MemberJoined,
    MemberRoleChanged,
    MemberRemoved,
    InvitationCancelled,
    TwoFactorEnabled,
    TwoFactorDisabled,
    RecoveryCodesRenewed,
    PasswordChanged,
    TwoFactorRequirementChanged,
    CommentApproved,
    CommentRejected,
    SolidarityMessageApproved,
    SolidarityMessageRejected,
    PaperBatchRecorded,
    PaperBatchRemoved,
    AnswerRecorded,
    AnswerEdited,
    AnswerRemoved,
    AnswerWaitChanged,
}

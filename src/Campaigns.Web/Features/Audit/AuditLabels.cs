using Campaigns.Web.Domain;
using Microsoft.AspNetCore.Mvc.Localization;

namespace Campaigns.Web.Features.Audit;

public static class AuditLabels
{
    public static LocalizedHtmlString Of(IHtmlLocalizer l, AuditAction action) => action switch
    {
        AuditAction.CampaignCreated => l["Created the campaign"],
        AuditAction.CampaignEdited => l["Edited the campaign"],
        AuditAction.CampaignPublished => l["Published the campaign"],
        AuditAction.CampaignClosed => l["Closed the campaign"],
        AuditAction.SignaturesExported => l["Downloaded the signatures"],
        AuditAction.SignatoriesExported => l["Downloaded the signatories"],
        AuditAction.OrganisationApproved => l["Approved an organisation's signature"],
        AuditAction.OrganisationRejected => l["Rejected an organisation's signature"],
        AuditAction.LetterReleased => l["Released the letter"],
        AuditAction.LetterSettingsChanged => l["Changed the letter settings"],
        AuditAction.PostingRecorded => l["Recorded a posted letter"],
        AuditAction.TargetsChanged => l["Changed the targets"],
        AuditAction.CaseCreated => l["Created the case"],
        AuditAction.CaseEdited => l["Edited the case"],
        AuditAction.TranslationChanged => l["Changed a translation"],
        AuditAction.MemberInvited => l["Invited a member"],
        AuditAction.MemberJoined => l["Joined the organisation"],
        AuditAction.MemberRoleChanged => l["Changed a member's role"],
        AuditAction.MemberRemoved => l["Removed a member"],
        AuditAction.InvitationCancelled => l["Cancelled an invitation"],
        AuditAction.TwoFactorEnabled => l["Turned on two-step sign-in"],
        AuditAction.TwoFactorDisabled => l["Turned off two-step sign-in"],
        AuditAction.RecoveryCodesRenewed => l["Made new recovery codes"],
        AuditAction.PasswordChanged => l["Changed their password"],
        AuditAction.TwoFactorRequirementChanged => l["Changed whether members must use two-step sign-in"],
        AuditAction.CommentApproved => l["Approved a comment"],
        AuditAction.CommentRejected => l["Rejected a comment"],
        AuditAction.SolidarityMessageApproved => l["Approved a message of solidarity"],
        AuditAction.SolidarityMessageRejected => l["Rejected a message of solidarity"],
        AuditAction.PaperBatchRecorded => l["Recorded signatures gathered on paper"],
        AuditAction.PaperBatchRemoved => l["Removed a batch of paper signatures"],
        AuditAction.AnswerRecorded => l["Recorded an official's answer"],
        AuditAction.AnswerEdited => l["Corrected an official's answer"],
        AuditAction.AnswerRemoved => l["Marked an official as not having answered"],
        AuditAction.AnswerWaitChanged => l["Changed how long officials have to answer"],
        _ => l[action.ToString()],
    };
}

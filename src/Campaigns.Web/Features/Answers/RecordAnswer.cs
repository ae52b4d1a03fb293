using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Audit;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Outbox;
using Campaigns.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Answers;

/// <summary>
/// Records an official's reply, or corrects it, with the document when one is given (an earlier one stays
/// otherwise). The first time a reply of this official is recorded, the people who asked to hear are told.
/// </summary>
public class RecordAnswer(
    IStringLocalizer<SharedResource> l, CampaignsDbContext db, AnswerAccess access, AnswerDocuments documents, AnswerBoard board,
    AuditTrail audit, OutboxJobs jobs, TimeProvider clock)
{
    public async Task<OrganizerResult<OfficialAnswerRow>> HandleAsync(
        ClaimsPrincipal user, string slug, Guid targetId, AnswerInput input, byte[]? upload, CancellationToken ct)
    {
        var found = await access.CheckAsync(user, slug, targetId, ct);
        if (!found.IsOk)
        {
            return found.Fail<OfficialAnswerRow>();
        }
        var subject = found.Value!;
        if (subject.Campaign.Status == CampaignStatus.Draft)
        {
            return OrganizerResult<OfficialAnswerRow>.Conflict(l["Answers can be recorded once the campaign is published."]);
        }
        CheckedDocument? document = null;
        if (upload is { Length: > 0 })
        {
            var checkedUpload = documents.Check(upload);
            if (checkedUpload.Document is null)
            {
                return OrganizerResult<OfficialAnswerRow>.Invalid(AnswerDocuments.Field, checkedUpload.Error!);
            }
            document = checkedUpload.Document;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var answer = await db.OfficialAnswers.Include(a => a.Document)
            .SingleOrDefaultAsync(a => a.CampaignId == subject.Campaign.CampaignId && a.TargetId == targetId, ct);
        string? fanOut = null;
        if (answer is null)
        {
            answer = db.OfficialAnswers.Add(new OfficialAnswer { CampaignId = subject.Campaign.CampaignId, TargetId = targetId, RecordedAt = now }).Entity;
            fanOut = await AnswerNews.PlanFanOutAsync(db, subject.Campaign.CampaignId, targetId, now, ct);
        }
        var action = answer.UpdatedAt == default ? AuditAction.AnswerRecorded : AuditAction.AnswerEdited;
        (answer.ReceivedOn, answer.Summary, answer.UpdatedAt) = (input.ReceivedOn!.Value, Text.CleanBlock(input.Summary)!, now);
        if (document is not null)
        {
            answer.Document ??= new OfficialAnswerDocument();
            (answer.Document.Content, answer.Document.ContentType, answer.Document.UpdatedAt) = (document.Content, document.ContentType, now);
        }
        audit.Record(user, subject.Campaign.OrganisationId, action, slug, subject.TargetName);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        if (fanOut is not null)
        {
            jobs.Enqueue(AnswerNews.FanOutKind, [fanOut]);
        }
        return OrganizerResult<OfficialAnswerRow>.Ok(await RowAsync(board, subject, ct));
    }

    internal static async Task<OfficialAnswerRow> RowAsync(AnswerBoard board, AnswerSubject subject, CancellationToken ct) =>
        (await board.ForCampaignAsync(subject.Campaign.CampaignId, ct)).Officials.Single(o => o.TargetId == subject.TargetId);
}

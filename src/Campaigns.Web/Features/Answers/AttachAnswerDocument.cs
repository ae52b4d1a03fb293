using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Audit;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Answers;

/// <summary>Attaches the reply itself to a recorded answer, or replaces the one attached.</summary>
public class AttachAnswerDocument(
    IStringLocalizer<SharedResource> l, CampaignsDbContext db, AnswerAccess access, AnswerDocuments documents, AnswerBoard board, AuditTrail audit, TimeProvider clock)
{
    public async Task<OrganizerResult<OfficialAnswerRow>> HandleAsync(ClaimsPrincipal user, string slug, Guid targetId, byte[]? upload, CancellationToken ct)
    {
        var found = await access.CheckAsync(user, slug, targetId, ct);
        if (!found.IsOk)
        {
            return found.Fail<OfficialAnswerRow>();
        }
        var subject = found.Value!;
        if (upload is not { Length: > 0 })
        {
            return OrganizerResult<OfficialAnswerRow>.Invalid(AnswerDocuments.Field, l["Choose the document to upload."]);
        }
        var checkedUpload = documents.Check(upload);
        if (checkedUpload.Document is not { } document)
        {
            return OrganizerResult<OfficialAnswerRow>.Invalid(AnswerDocuments.Field, checkedUpload.Error!);
        }
        var answer = await db.OfficialAnswers.Include(a => a.Document)
            .SingleOrDefaultAsync(a => a.CampaignId == subject.Campaign.CampaignId && a.TargetId == targetId, ct);
        if (answer is null)
        {
            return OrganizerResult<OfficialAnswerRow>.Conflict(l["Record the answer before attaching its document."]);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        answer.Document ??= new OfficialAnswerDocument();
        (answer.Document.Content, answer.Document.ContentType, answer.Document.UpdatedAt, answer.UpdatedAt) = (document.Content, document.ContentType, now, now);
        audit.Record(user, subject.Campaign.OrganisationId, AuditAction.AnswerEdited, slug, subject.TargetName);
        await db.SaveChangesAsync(ct);
        return OrganizerResult<OfficialAnswerRow>.Ok(await RecordAnswer.RowAsync(board, subject, ct));
    }
}

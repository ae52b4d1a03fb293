using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Audit;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Answers;

/// <summary>Marks an official unanswered again (the reply and its document go), or takes only the document away.</summary>
public class WithdrawAnswer(IStringLocalizer<SharedResource> l, CampaignsDbContext db, AnswerAccess access, AnswerBoard board, AuditTrail audit)
{
    public async Task<OrganizerResult<OfficialAnswerRow>> AnswerAsync(ClaimsPrincipal user, string slug, Guid targetId, CancellationToken ct)
    {
        var found = await access.CheckAsync(user, slug, targetId, ct);
        if (!found.IsOk)
        {
            return found.Fail<OfficialAnswerRow>();
        }
        var subject = found.Value!;
        var answer = await db.OfficialAnswers.SingleOrDefaultAsync(a => a.CampaignId == subject.Campaign.CampaignId && a.TargetId == targetId, ct);
        if (answer is not null)
        {
            db.OfficialAnswers.Remove(answer);
            audit.Record(user, subject.Campaign.OrganisationId, AuditAction.AnswerRemoved, slug, subject.TargetName);
            await db.SaveChangesAsync(ct);
        }
        return OrganizerResult<OfficialAnswerRow>.Ok(await RecordAnswer.RowAsync(board, subject, ct));
    }

    public async Task<OrganizerResult<OfficialAnswerRow>> DocumentAsync(ClaimsPrincipal user, string slug, Guid targetId, CancellationToken ct)
    {
        var found = await access.CheckAsync(user, slug, targetId, ct);
        if (!found.IsOk)
        {
            return found.Fail<OfficialAnswerRow>();
        }
        var subject = found.Value!;
        var answer = await db.OfficialAnswers.Include(a => a.Document)
            .SingleOrDefaultAsync(a => a.CampaignId == subject.Campaign.CampaignId && a.TargetId == targetId, ct);
        if (answer is null)
        {
            return OrganizerResult<OfficialAnswerRow>.NotFound(l["No answer of this official is recorded."]);
        }
        if (answer.Document is not null)
        {
            db.OfficialAnswerDocuments.Remove(answer.Document);
            audit.Record(user, subject.Campaign.OrganisationId, AuditAction.AnswerEdited, slug, subject.TargetName);
            await db.SaveChangesAsync(ct);
        }
        return OrganizerResult<OfficialAnswerRow>.Ok(await RecordAnswer.RowAsync(board, subject, ct));
    }
}

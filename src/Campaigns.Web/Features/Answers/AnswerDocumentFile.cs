using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Answers;

public sealed record AnswerFile(byte[] Content, string ContentType, string FileName, DateTime UpdatedAt);

/// <summary>The document of a published campaign's answer, as the public may download it.</summary>
public class AnswerDocumentFile(CampaignsDbContext db)
{
    public async Task<AnswerFile?> FindAsync(string slug, Guid targetId, CancellationToken ct)
    {
        var found = await (from a in db.OfficialAnswers.AsNoTracking()
                           join c in db.Campaigns on a.CampaignId equals c.Id
                           where c.Slug == slug && c.Status != CampaignStatus.Draft && a.TargetId == targetId && a.Document != null
                           select new { a.ReceivedOn, a.Document!.Content, a.Document.ContentType, a.Document.UpdatedAt }).SingleOrDefaultAsync(ct);
        return found is null ? null : new AnswerFile(found.Content, found.ContentType, AnswerDocuments.FileName(found.ReceivedOn, found.ContentType), found.UpdatedAt);
    }
}

using Campaigns.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.MySignatures;

/// <summary>Mail to a supporter that has not gone out yet names its subject (a signature, a follower) in its payload.</summary>
public static class UnsentMail
{
    public static Task<int> DeleteMentioningAsync(CampaignsDbContext db, Guid subjectId, CancellationToken ct)
    {
        var id = subjectId.ToString();
        return db.OutboxMessages.Where(m => m.ProcessedAt == null && m.Payload.Contains(id)).ExecuteDeleteAsync(ct);
    }
}

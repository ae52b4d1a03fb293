using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Audit;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Comments;

public sealed record ModeratedComment(Guid Id, string Name, string Country, string Text, CommentReview Review, DateTime SignedAt);

public sealed record CommentsPage(string Slug, string Title, CommentPolicy Policy, IReadOnlyList<ModeratedComment> Comments);

/// <summary>Organizers decide which supporters' comments the public sees, and whether their campaign shows any.</summary>
public class CommentModeration(CampaignsDbContext db, CampaignAccess access, AuditTrail audit, IStringLocalizer<SharedResource> l)
{
    private const int Listed = 200;

    public async Task<OrganizerResult<CommentsPage>> PageAsync(ClaimsPrincipal user, string slug, CancellationToken ct)
    {
        var grant = await access.CheckAsync(user, slug, AccessNeed.Change, ct);
        if (!grant.IsOk)
        {
            return grant.Fail<CommentsPage>();
        }
        var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Id == grant.Value!.CampaignId)
            .Select(c => new { c.Title, c.CommentPolicy }).SingleAsync(ct);
        var comments = await db.Signatures.AsNoTracking()
            .Where(s => s.CampaignId == grant.Value!.CampaignId && s.ConfirmedAt != null && s.InvalidationId == null && s.Comment != null)
            .OrderBy(s => s.CommentReview == CommentReview.Pending ? 0 : 1).ThenByDescending(s => s.ConfirmedAt)
            .Take(Listed)
            .Select(s => new ModeratedComment(s.Id, s.Name, s.Country, s.Comment!, s.CommentReview, s.ConfirmedAt!.Value))
            .ToListAsync(ct);
        return OrganizerResult<CommentsPage>.Ok(new CommentsPage(slug, campaign.Title, campaign.CommentPolicy, comments));
    }

    public async Task<OrganizerResult<bool>> ReviewAsync(ClaimsPrincipal user, string slug, Guid signatureId, bool approve, CancellationToken ct)
    {
        var grant = await access.CheckAsync(user, slug, AccessNeed.Change, ct);
        if (!grant.IsOk)
        {
            return grant.Fail<bool>();
        }
        // A comment the admins hid after a report stays hidden whatever the organizers decide.
        var changed = await db.Signatures
            .Where(s => s.Id == signatureId && s.CampaignId == grant.Value!.CampaignId && s.Comment != null
                && s.CommentReview != CommentReview.HiddenByAdmin)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.CommentReview, approve ? CommentReview.Approved : CommentReview.Rejected), ct);
        if (changed == 0)
        {
            return OrganizerResult<bool>.NotFound(l["This campaign has no such comment, or the admins have hidden it."]);
        }
        await audit.RecordNowAsync(user, grant.Value!.OrganisationId, approve ? AuditAction.CommentApproved : AuditAction.CommentRejected, slug, ct);
        return OrganizerResult<bool>.Ok(true);
    }

    public async Task<OrganizerResult<bool>> SetPolicyAsync(ClaimsPrincipal user, string slug, CommentPolicy policy, CancellationToken ct)
    {
        var grant = await access.CheckAsync(user, slug, AccessNeed.Change, ct);
        if (!grant.IsOk)
        {
            return grant.Fail<bool>();
        }
        await db.Campaigns.Where(c => c.Id == grant.Value!.CampaignId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.CommentPolicy, policy), ct);
        return OrganizerResult<bool>.Ok(true);
    }
}

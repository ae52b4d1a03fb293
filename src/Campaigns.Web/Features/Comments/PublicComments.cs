using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Comments;

/// <summary>A supporter's comment as the public sees it: the name as they chose to show it, never their address.</summary>
public sealed record PublicComment(Guid Id, string? Name, string Country, string Text);

public sealed record PublicCommentList(string Slug, IReadOnlyList<PublicComment> Comments);

public class PublicComments(CampaignsDbContext db)
{
    private const int Shown = 50;

    public async Task<PublicCommentList> ForCampaignAsync(string slug, CancellationToken ct)
    {
        var rows = await Visible(db.Signatures.Where(s => s.Campaign!.Slug == slug))
            .OrderByDescending(s => s.ConfirmedAt).Take(Shown)
            .Select(s => new { s.Id, s.Name, s.NameDisplay, s.Country, s.Comment })
            .ToListAsync(ct);
        return new PublicCommentList(slug, rows.Select(r => new PublicComment(r.Id, r.NameDisplay switch
        {
            NameDisplay.Full => r.Name,
            NameDisplay.Initials => CampaignQueries.Initials(r.Name),
            _ => null,
        }, r.Country, r.Comment!)).ToList());
    }

    /// <summary>The one rule for a comment being public: confirmed, approved, and the campaign shows comments.</summary>
    public static IQueryable<Signature> Visible(IQueryable<Signature> signatures) =>
        signatures.Where(s => s.ConfirmedAt != null && s.InvalidationId == null && s.Comment != null
            && s.CommentReview == CommentReview.Approved
            && s.Campaign!.CommentPolicy == CommentPolicy.AfterApproval
            && s.Campaign.Status != CampaignStatus.Draft);
}

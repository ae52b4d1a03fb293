using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Comments;
using Campaigns.Web.Resources;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Reports;

/// <summary>Anyone tells the admins that a campaign, or a comment shown on it, should not be on the site.</summary>
public static class ReportAbuse
{
    public const int MaxReasonLength = 2000;

    public sealed record Request
    {
        public string? Reason { get; init; }

        /// <summary>The comment reported, as its id appears on the campaign page; empty to report the campaign.</summary>
        public Guid? CommentId { get; init; }
    }

    public class Validator : AbstractValidator<Request>
    {
        public Validator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(r => r.Reason).Must(r => !string.IsNullOrWhiteSpace(r))
                .WithMessage(_ => l["Tell the admins what is wrong."])
                .MaximumLength(MaxReasonLength)
                .WithMessage(_ => l["The reason can be at most {0} characters long.", MaxReasonLength]);
        }
    }

    public enum Outcome { Recorded, CampaignNotFound, CommentNotFound }

    public class Handler(CampaignsDbContext db, TimeProvider clock)
    {
        public async Task<Outcome> HandleAsync(string slug, Request request, CancellationToken ct)
        {
            var campaignId = await db.Campaigns.Where(c => c.Slug == slug && c.Status != CampaignStatus.Draft)
                .Select(c => (Guid?)c.Id).SingleOrDefaultAsync(ct);
            if (campaignId is null)
            {
                return Outcome.CampaignNotFound;
            }
            if (request.CommentId is { } commentId
                && !await PublicComments.Visible(db.Signatures).AnyAsync(s => s.Id == commentId && s.CampaignId == campaignId, ct))
            {
                return Outcome.CommentNotFound;
            }
            db.AbuseReports.Add(new AbuseReport
            {
                CampaignId = campaignId.Value,
                SignatureId = request.CommentId,
                Reason = request.Reason!.Trim(),
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync(ct);
            return Outcome.Recorded;
        }
    }
}

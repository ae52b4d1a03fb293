using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Audit;
using Campaigns.Web.Features.Cases;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Solidarity;

/// <summary>A confirmed message as the case's organizers review it; the writer's address is never shown to them.</summary>
public sealed record ReviewedMessage(
    Guid Id, MessageAddressee Addressee, string Text, string? FirstName, string Country, WriterShown Shown,
    MessageReview Review, DateTime WrittenAt, DateTime? ReviewedAt)
{
    /// <summary>The message as it would show once approved, so organizers see the name the public would see.</summary>
    public PublicMessage AsShown => new(Id, Addressee, Text,
        Shown == WriterShown.FirstNameAndCountry ? FirstName : null, Shown == WriterShown.Anonymous ? null : Country, WrittenAt);
}

public sealed record MessageReviewList(string CaseSlug, string CaseName, MessageTally Tally, IReadOnlyList<ReviewedMessage> Messages);

/// <summary>The case's organizers decide which confirmed messages are shown and printed; each decision is in the audit log.</summary>
public class MessageModeration(
    CampaignsDbContext db, CaseAccess access, AuditTrail audit, MessageCounts counts, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    private const int Listed = 200;

    public async Task<OrganizerResult<MessageReviewList>> ListAsync(ClaimsPrincipal user, string slug, CancellationToken ct)
    {
        var grant = await access.CheckAsync(user, slug, AccessNeed.See, ct);
        if (!grant.IsOk)
        {
            return grant.Fail<MessageReviewList>();
        }
        var caseId = grant.Value!.CaseId;
        var name = await db.Cases.Where(c => c.Id == caseId).Select(c => c.Name).SingleAsync(ct);
        var messages = await db.SolidarityMessages.AsNoTracking()
            .Where(m => m.CaseId == caseId && m.ConfirmedAt != null)
            .OrderBy(m => m.Review == MessageReview.Pending ? 0 : 1).ThenByDescending(m => m.ConfirmedAt).ThenByDescending(m => m.Id)
            .Take(Listed)
            .Select(m => new ReviewedMessage(m.Id, m.Addressee, m.Text, m.FirstName, m.Country, m.Shown, m.Review, m.ConfirmedAt!.Value, m.ReviewedAt))
            .ToListAsync(ct);
        return OrganizerResult<MessageReviewList>.Ok(new MessageReviewList(slug, name, await counts.CountAsync(caseId, ct), messages));
    }

    public async Task<OrganizerResult<ReviewedMessage>> ReviewAsync(ClaimsPrincipal user, string slug, Guid messageId, MessageReview decision, CancellationToken ct)
    {
        var grant = await access.CheckAsync(user, slug, AccessNeed.Change, ct);
        if (!grant.IsOk)
        {
            return grant.Fail<ReviewedMessage>();
        }
        var message = await db.SolidarityMessages.SingleOrDefaultAsync(m => m.Id == messageId && m.CaseId == grant.Value!.CaseId && m.ConfirmedAt != null, ct);
        if (message is null)
        {
            return OrganizerResult<ReviewedMessage>.NotFound(l["This case has no such confirmed message."]);
        }
        message.Review = decision;
        message.ReviewedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record(user, grant.Value!.OrganisationId,
            decision == MessageReview.Approved ? AuditAction.SolidarityMessageApproved : AuditAction.SolidarityMessageRejected,
            slug, messageId.ToString());
        await db.SaveChangesAsync(ct);
        return OrganizerResult<ReviewedMessage>.Ok(new ReviewedMessage(message.Id, message.Addressee, message.Text, message.FirstName,
            message.Country, message.Shown, message.Review, message.ConfirmedAt!.Value, message.ReviewedAt));
    }
}

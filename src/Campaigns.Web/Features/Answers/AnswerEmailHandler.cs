using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Following;
using Campaigns.Web.Infrastructure.Localization;
using Campaigns.Web.Outbox;
using Campaigns.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Answers;

/// <summary>Tells one supporter or follower of an official's reply, in their language, unless they unsubscribed or the reply was withdrawn meanwhile.</summary>
public class AnswerEmailHandler(CampaignsDbContext db, FollowerMail mail, IStringLocalizer<SharedResource> l) : IOutboxHandler
{
    public string Kind => AnswerNews.Kind;

    public async Task<string?> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var payload = message.ReadPayload<AnswerNews.Payload>();
        var recipient = await RecipientAsync(payload, cancellationToken);
        var answer = await (from a in db.OfficialAnswers.AsNoTracking()
                            join c in db.Campaigns on a.CampaignId equals c.Id
                            join t in db.Targets on a.TargetId equals t.Id
                            where a.CampaignId == payload.CampaignId && a.TargetId == payload.TargetId && c.Status != CampaignStatus.Draft
                            select new { c.Slug, c.Title, Official = t.Title == null ? t.Name : t.Title + " " + t.Name, a.ReceivedOn, a.Summary, HasDocument = a.Document != null })
            .SingleOrDefaultAsync(cancellationToken);
        if (recipient is null || answer is null)
        {
            return null;
        }
        using var language = SupportedCultures.Use(recipient.Value.Culture);
        var paragraphs = new[]
        {
            l["{0} answered the campaign \"{1}\" on {2:d MMMM yyyy}:", answer.Official, answer.Title, answer.ReceivedOn.ToDateTime(TimeOnly.MinValue)].Value,
            answer.Summary,
            answer.HasDocument ? l["The answer itself can be downloaded from the campaign page."].Value : null,
        };
        var (kind, id) = payload.SignatureId is { } signatureId ? (Subscription.Signer, signatureId) : (Subscription.Follower, payload.FollowerId!.Value);
        return await mail.SendAsync(message.DeliveryKey, kind, id, recipient.Value.Email, recipient.Value.Name,
            l["{0} has answered: {1}", answer.Official, answer.Title], paragraphs.OfType<string>(),
            l["Read the answer"], $"/campaigns/{answer.Slug}#answers", cancellationToken);
    }

    private async Task<(string Email, string Name, string? Culture)?> RecipientAsync(AnswerNews.Payload payload, CancellationToken ct)
    {
        if (payload.SignatureId is { } signatureId)
        {
            var signer = await db.Signatures.AsNoTracking().Where(s => s.Id == signatureId && s.EmailUpdates && s.InvalidationId == null)
                .Select(s => new { s.Email, s.Name, s.Culture }).SingleOrDefaultAsync(ct);
            return signer is null ? null : (signer.Email, signer.Name, signer.Culture);
        }
        var follower = await mail.FindActiveAsync(payload.FollowerId!.Value, ct);
        return follower is null ? null : (follower.Email, "", follower.Culture);
    }
}

using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Outbox;

namespace Campaigns.Web.Features.Answers;

/// <summary>Queues the emails about an official's reply, a batch at a time, each batch committed as it goes.</summary>
public class AnswerFanOutHandler(CampaignsDbContext db, TimeProvider clock) : IOutboxHandler
{
    public string Kind => AnswerNews.FanOutKind;

    public async Task<string?> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var payload = message.ReadPayload<AnswerNews.FanOutPayload>();
        await AnswerNews.EnqueueAsync(db, payload.CampaignId, payload.TargetId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        return null;
    }
}

using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Outbox;

namespace Campaigns.Web.Features.Series;

/// <summary>Queues a published output's follow-up emails, a batch at a time, each batch committed as it goes.</summary>
public class FollowUpFanOutHandler(CampaignsDbContext db, TimeProvider clock) : IOutboxHandler
{
    public string Kind => FollowUpOutputs.FanOutKind;

    public async Task<string?> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var payload = message.ReadPayload<FollowUpOutputs.FanOutPayload>();
        await FollowUpOutputs.EnqueueAsync(db, payload.CampaignId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        return null;
    }
}

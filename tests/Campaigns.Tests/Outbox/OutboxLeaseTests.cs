using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Data;
using Campaigns.Web.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Campaigns.Tests.Outbox;

public class OutboxLeaseTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [PostgresFact]
    public async Task Renewing_leases_passes_over_a_message_whose_outcome_is_being_recorded_instead_of_waiting_for_it()
    {
        var petition = await app.Seed.PetitionAsync();
        var client = app.CreateClient();
        await client.SignAsync(petition.Slug, new SignatureRequest(Emails.Unique()));
        await client.SignAsync(petition.Slug, new SignatureRequest(Emails.Unique()));
        var ids = await LeaseConfirmationsAsync(petition.Id, app.Clock.UtcNow.AddSeconds(5));
        var (recording, idle) = (ids[0], ids[1]);
        var renewedUntil = app.Clock.UtcNow.AddSeconds(60);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var outcomes = scope.ServiceProvider.GetRequiredService<CampaignsDbContext>();
            await using var transaction = await outcomes.Database.BeginTransactionAsync();
            await outcomes.Database.ExecuteSqlRawAsync("""SELECT 1 FROM "OutboxMessages" WHERE "Id" = {0} FOR UPDATE""", recording);

            var renewed = await app.WithDbAsync(db => new OutboxLeases(db).RenewAsync(OutboxNode.Name, renewedUntil, CancellationToken.None))
                .WaitAsync(TimeSpan.FromSeconds(30));

            Assert.Equal(1, renewed);
        }
        var leases = await app.WithDbAsync(db => db.OutboxMessages.AsNoTracking()
            .Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.LockedUntil));
        Assert.Equal(renewedUntil, leases[idle]!.Value, TimeSpan.FromMilliseconds(1));
        Assert.True(leases[recording] < renewedUntil.AddSeconds(-1));
    }

    private Task<List<long>> LeaseConfirmationsAsync(Guid campaignId, DateTime until) => app.WithDbAsync(async db =>
    {
        var keys = (await db.Signatures.Where(s => s.CampaignId == campaignId).Select(s => s.Id).ToListAsync())
            .Select(id => $"signature-confirmation:{id}").ToList();
        var messages = db.OutboxMessages.Where(m => keys.Contains(m.DeliveryKey));
        await messages.ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedBy, OutboxNode.Name).SetProperty(m => m.LockedUntil, until));
        return await messages.OrderBy(m => m.Id).Select(m => m.Id).ToListAsync();
    });
}

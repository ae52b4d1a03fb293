using Campaigns.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Counting;

public class CountingTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task Confirmations_reach_the_count_when_the_counter_folds_them_in()
    {
        var petition = await app.Seed.PetitionAsync();
        await ConfirmSignaturesAsync(petition.Slug, 3);
        Assert.Equal(0, await StoredCountAsync(petition.Id));

        var folded = await app.CountSignaturesAsync();

        Assert.True(folded >= 3, $"The counter folded {folded} confirmations, expected at least 3.");
        var campaign = await app.Seed.FindCampaignAsync(petition.Slug);
        Assert.Equal(3, campaign!.SignatureCount);
        Assert.NotNull(campaign.CountedAt);
    }

    [Fact]
    public async Task Counters_running_at_the_same_time_never_count_a_confirmation_twice()
    {
        var petition = await app.Seed.PetitionAsync();
        await ConfirmSignaturesAsync(petition.Slug, 10);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => app.CountSignaturesAsync()));
        await app.CountSignaturesAsync();

        Assert.Equal(10, await StoredCountAsync(petition.Id));
    }

    [Fact]
    public async Task Reconciler_repairs_a_count_that_drifted()
    {
        var petition = await app.Seed.PetitionAsync();
        await ConfirmSignaturesAsync(petition.Slug, 2);
        await app.CountSignaturesAsync();
        await app.WithDbAsync(db => db.Campaigns.Where(c => c.Id == petition.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.SignatureCount, 999)));

        await app.ReconcileCountsAsync();

        Assert.Equal(2, await StoredCountAsync(petition.Id));
    }

    [Fact]
    public async Task Reconciling_before_the_counter_runs_leaves_pending_confirmations_to_the_counter()
    {
        var petition = await app.Seed.PetitionAsync();
        await ConfirmSignaturesAsync(petition.Slug, 2);
        await app.CountSignaturesAsync();
        await ConfirmSignaturesAsync(petition.Slug, 1);

        await app.ReconcileCountsAsync();
        Assert.Equal(2, await StoredCountAsync(petition.Id));
        await app.CountSignaturesAsync();

        Assert.Equal(3, await StoredCountAsync(petition.Id));
    }

    private async Task ConfirmSignaturesAsync(string slug, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await app.SignAndConfirmAsync(slug, new SignatureRequest(Emails.Unique()));
        }
    }

    private Task<int> StoredCountAsync(Guid campaignId) =>
        app.WithDbAsync(db => db.Campaigns.Where(c => c.Id == campaignId).Select(c => c.SignatureCount).SingleAsync());
}

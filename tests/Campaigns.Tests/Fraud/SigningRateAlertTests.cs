using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Features.Fraud;
using Microsoft.Extensions.DependencyInjection;

namespace Campaigns.Tests.Fraud;

public class SigningRateAlertTests(FraudAppFactory app) : IClassFixture<FraudAppFactory>
{
    [Fact]
    public async Task Admins_are_alerted_once_when_a_campaign_signs_far_faster_than_usual_and_not_for_steady_signing()
    {
        var (admin, _) = await app.AdminApiAsync();
        var petition = await app.Seed.PetitionAsync();
        for (var window = 0; window < 6; window++)
        {
            await SignAsync(petition.Slug, 6);
            app.Clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));
        }
        await SignAsync(petition.Slug, 6);
        await WatchAsync();
        Assert.Empty(AlertsAbout(admin.Email, petition.Title));

        await SignAsync(petition.Slug, 30);
        await WatchAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await SignAsync(petition.Slug, 6);
        await WatchAsync();

        var alert = Assert.Single(AlertsAbout(admin.Email, petition.Title));
        Assert.Contains("36 signatures in the last 10 minutes", alert.TextBody);
        Assert.Contains($"/admin/campaigns/{petition.Slug}/sources", alert.TextBody);
    }

    private async Task SignAsync(string slug, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await app.CreateClient().SignAsync(slug, new SignatureRequest(Emails.Unique()));
        }
    }

    private async Task WatchAsync()
    {
        await app.WithScopeAsync(sp => sp.GetRequiredService<SigningRateWatch>().CheckAsync(CancellationToken.None));
        await app.DrainOutboxAsync();
    }

    private List<ReceivedEmail> AlertsAbout(string admin, string title) =>
        app.Mailbox.MessagesTo(admin).Where(m => m.Subject.Contains(title)).ToList();
}

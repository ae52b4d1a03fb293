using System.Net.Http.Json;
using System.Text.Json;
using Campaigns.Tests.Deliveries;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace Campaigns.Tests.Jobs;

/// <summary>Hangfire, not the test, sends the mail and moves the count.</summary>
public class ScheduledJobsTests(ScheduledJobsAppFactory app) : IClassFixture<ScheduledJobsAppFactory>
{
    [Fact]
    public async Task Public_count_moves_on_its_own_within_seconds_of_a_confirmation()
    {
        var petition = await app.Seed.PetitionAsync();
        var email = Emails.Unique();
        var client = app.CreateClient();

        await client.SignAsync(petition.Slug, new SignatureRequest(email));
        var message = await app.Mailbox.WaitForMessageToAsync(email);
        await client.ConfirmAsync(message.ConfirmationToken);

        await Poll.UntilAsync(async () => await ConfirmedCountAsync(client, petition.Slug) == 1,
            "the counting job to publish the confirmation", TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Each_letter_to_an_official_is_sent_by_a_job_of_its_own_that_the_dashboard_lists()
    {
        var letter = await app.LetterCampaignAsync(CampaignKind.AppealLetter);
        await app.SignersAsync(letter.Slug, 1);

        var sent = await WaitForDeliveriesAsync(letter.Campaign.Id, DeliveryStatus.Sent, letter.Targets.Count);
        await app.Mailbox.WaitForMessageToAsync(letter.Target.Email!);

        var monitoring = app.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        await Poll.UntilAsync(() => Task.FromResult(monitoring.SucceededListCount() >= sent.Count), "the letter jobs to be recorded as succeeded");
        var succeeded = monitoring.SucceededJobs(0, 100).Select(j => j.Value.Job.Args[0] as string).ToList();
        Assert.All(sent, delivery => Assert.Contains($"delivery:{delivery.Id}", succeeded));
    }

    private async Task<List<Delivery>> WaitForDeliveriesAsync(Guid campaignId, DeliveryStatus status, int count)
    {
        List<Delivery> deliveries = [];
        await Poll.UntilAsync(async () =>
        {
            deliveries = (await app.DeliveriesAsync(campaignId)).Where(d => d.Status == status).ToList();
            return deliveries.Count == count;
        }, $"{count} deliveries to be {status}", TimeSpan.FromSeconds(60));
        return deliveries;
    }

    private static async Task<int> ConfirmedCountAsync(HttpClient client, string slug) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/campaigns/{slug}/count")).GetProperty("confirmed").GetInt32();
}

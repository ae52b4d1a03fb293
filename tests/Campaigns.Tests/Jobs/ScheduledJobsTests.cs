using System.Net.Http.Json;
using System.Text.Json;
using Campaigns.Tests.Infrastructure;

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

    private static async Task<int> ConfirmedCountAsync(HttpClient client, string slug) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/campaigns/{slug}/count")).GetProperty("confirmed").GetInt32();
}

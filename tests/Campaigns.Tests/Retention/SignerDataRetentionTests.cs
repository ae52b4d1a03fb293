using System.Net.Http.Json;
using System.Text.Json;
using Campaigns.Tests.Infrastructure;
using Campaigns.Tests.Organizer;

namespace Campaigns.Tests.Retention;

[Collection(RetentionCollection.Name)]
public class SignerDataRetentionTests(RetentionAppFactory app)
{
    private static readonly TimeSpan WithinRetention = TimeSpan.FromDays(100);
    private static readonly TimeSpan PastRetention = TimeSpan.FromDays(130);

    [Fact]
    public async Task A_closed_campaigns_names_and_emails_go_after_the_retention_period_and_its_counts_and_countries_stay()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var client = await app.Seed.ClientForAsync(organizer);
        var petition = await app.Seed.PetitionAsync(owner: organizer, targets: 0);
        var first = Emails.Unique("first");
        var second = Emails.Unique("second");
        await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(first, "Wang Quanzhang", "FR", City: "Lyon", Comment: "Free him now."));
        await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(second, "Li Wenzu", "DE"));
        await app.CountSignaturesAsync();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.CloseAsync(petition.Slug, "Thank you all.")).StatusCode);

        app.Clock.Advance(WithinRetention);
        await app.RunRetentionAsync();
        var kept = await ExportAsync(organizer, petition.Slug);
        Assert.Contains(first, kept);
        Assert.Contains("Li Wenzu", kept);

        app.Clock.Advance(PastRetention - WithinRetention);
        await app.RunRetentionAsync();
        var anonymised = await ExportAsync(organizer, petition.Slug);
        Assert.DoesNotContain(first, anonymised);
        Assert.DoesNotContain(second, anonymised);
        Assert.DoesNotContain("Wang Quanzhang", anonymised);
        Assert.DoesNotContain("Lyon", anonymised);
        Assert.DoesNotContain("Free him now.", anonymised);
        Assert.Contains(",FR,", anonymised);
        Assert.Contains(",DE,", anonymised);
        Assert.Equal(2, await ConfirmedCountAsync(petition.Slug));
        await app.ReconcileCountsAsync();
        Assert.Equal(2, await ConfirmedCountAsync(petition.Slug));
    }

    [Fact]
    public async Task An_open_campaigns_signers_are_kept_however_long_it_runs()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var petition = await app.Seed.PetitionAsync(owner: organizer, targets: 0);
        var email = Emails.Unique("steadfast");
        await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(email, "Xu Yan"));

        app.Clock.Advance(PastRetention);
        await app.RunRetentionAsync();

        var export = await ExportAsync(organizer, petition.Slug);
        Assert.Contains(email, export);
        Assert.Contains("Xu Yan", export);
    }

    // A new sign-in each time: a token would not outlive the months the clock moves.
    private async Task<string> ExportAsync(Infrastructure.Organizer organizer, string slug)
    {
        var client = await app.Seed.ClientForAsync(organizer);
        var response = await client.GetAsync($"/api/organizer/campaigns/{slug}/signatures.csv?status=all");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<int> ConfirmedCountAsync(string slug) =>
        (await app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/campaigns/{slug}/count")).GetProperty("confirmed").GetInt32();
}

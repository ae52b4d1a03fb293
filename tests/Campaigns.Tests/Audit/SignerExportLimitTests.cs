using System.Net;
using Campaigns.Tests.Infrastructure;
using Campaigns.Tests.Organizer;

namespace Campaigns.Tests.Audit;

public class SignerExportLimitTests(RateLimitedAppFactory app) : IClassFixture<RateLimitedAppFactory>
{
    [Fact]
    public async Task An_account_that_downloads_signer_data_twenty_times_in_an_hour_is_told_to_wait()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var client = await app.Seed.ClientForAsync(organizer);
        var campaign = await app.Seed.PetitionAsync(owner: organizer);
        var export = $"/api/organizer/campaigns/{campaign.Slug}/signatures.csv";
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(export)).StatusCode);
        }

        var refused = await client.GetAsync(export);
        var other = await app.Seed.OrganizerAsync();
        var othersExport = await (await app.Seed.ClientForAsync(other)).GetAsync(
            $"/api/organizer/campaigns/{(await app.Seed.PetitionAsync(owner: other)).Slug}/signatures.csv");

        var problem = await Problems.AssertProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.Contains("20 times in the last hour", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, othersExport.StatusCode);
    }
}

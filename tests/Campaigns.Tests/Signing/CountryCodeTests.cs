using System.Net;
using Campaigns.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Signing;

public class CountryCodeTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task Country_code_is_accepted_in_any_case_and_stored_in_capitals()
    {
        var petition = await app.Seed.PetitionAsync();
        var email = Emails.Unique();

        var response = await app.CreateClient().SignAsync(petition.Slug, new SignatureRequest(email, Country: "gb"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var stored = await app.WithDbAsync(db => db.Signatures.Where(s => s.Email == email).Select(s => s.Country).SingleAsync());
        Assert.Equal("GB", stored);
    }
}

using System.Text;
using Campaigns.Tests.Infrastructure;

namespace Campaigns.Tests.Api;

/// <summary>A body or query the API cannot even read still gets a problem document that names the field at fault.</summary>
public class UnreadableRequestTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task A_value_of_the_wrong_type_is_a_field_error()
    {
        var petition = await app.Seed.PetitionAsync();

        var response = await PostJsonAsync($"/api/campaigns/{petition.Slug}/signatures",
            """{ "name": "Ada", "email": "ada@example.org", "country": "GB", "publicName": "yes" }""");

        await Problems.AssertFieldErrorAsync(response, "publicName");
    }

    [Fact]
    public async Task Malformed_json_is_a_body_error()
    {
        var petition = await app.Seed.PetitionAsync();

        var response = await PostJsonAsync($"/api/campaigns/{petition.Slug}/signatures", "[1, 2]");

        await Problems.AssertFieldErrorAsync(response, "body");
    }

    [Fact]
    public async Task A_query_value_of_the_wrong_type_names_the_parameter()
    {
        var response = await app.CreateClient().GetAsync("/api/campaigns?page=abc");

        await Problems.AssertFieldErrorAsync(response, "page");
    }

    private Task<HttpResponseMessage> PostJsonAsync(string path, string json) =>
        app.CreateClient().PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
}

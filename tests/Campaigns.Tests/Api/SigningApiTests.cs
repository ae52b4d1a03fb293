using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;

namespace Campaigns.Tests.Api;

public class SigningApiTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Signing_an_open_petition_is_accepted_pending_confirmation()
    {
        var petition = await app.Seed.PetitionAsync();

        var response = await _client.SignAsync(petition.Slug, new SignatureRequest(Emails.Unique()));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("pending-confirmation", body.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("")]
    public async Task Bad_email_is_a_400_with_an_email_field_error(string email)
    {
        var petition = await app.Seed.PetitionAsync();

        var response = await _client.SignAsync(petition.Slug, new SignatureRequest(email));

        await Problems.AssertFieldErrorAsync(response, "email");
    }

    [Theory]
    [InlineData("XX")]
    [InlineData("GBR")]
    [InlineData("G")]
    public async Task Unknown_country_is_a_400_with_a_country_field_error(string country)
    {
        var petition = await app.Seed.PetitionAsync();

        var response = await _client.SignAsync(petition.Slug, new SignatureRequest(Emails.Unique(), Country: country));

        await Problems.AssertFieldErrorAsync(response, "country");
    }

    [Fact]
    public async Task Missing_name_is_a_400_with_a_name_field_error()
    {
        var petition = await app.Seed.PetitionAsync();

        var response = await _client.SignAsync(petition.Slug, new SignatureRequest(Emails.Unique(), Name: null));

        await Problems.AssertFieldErrorAsync(response, "name");
    }

    [Fact]
    public async Task Comment_over_1000_characters_is_a_400_with_a_comment_field_error()
    {
        var petition = await app.Seed.PetitionAsync();

        var response = await _client.SignAsync(petition.Slug, new SignatureRequest(Emails.Unique(), Comment: new string('x', 1001)));

        await Problems.AssertFieldErrorAsync(response, "comment");
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\")")]
    [InlineData("+1+1")]
    [InlineData("-2")]
    [InlineData("@SUM(A1)")]
    public async Task Name_starting_like_a_spreadsheet_formula_is_a_400_with_a_name_field_error(string name)
    {
        var petition = await app.Seed.PetitionAsync();

        var response = await _client.SignAsync(petition.Slug, new SignatureRequest(Emails.Unique(), Name: name));

        await Problems.AssertFieldErrorAsync(response, "name");
    }

    [Fact]
    public async Task Several_bad_fields_are_all_reported_at_once()
    {
        var petition = await app.Seed.PetitionAsync();

        var response = await _client.SignAsync(petition.Slug, new SignatureRequest("nope", Name: "", Country: "ZZ"));

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var fields = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Superset(new HashSet<string> { "email", "name", "country" }, fields.ToHashSet());
    }

    [Fact]
    public async Task Invalid_signature_writes_nothing()
    {
        var petition = await app.Seed.PetitionAsync();
        var email = Emails.Unique();

        await _client.SignAsync(petition.Slug, new SignatureRequest(email, Country: "ZZ"));

        var stored = await app.WithDbAsync(db => Task.FromResult(db.Signatures.Count(s => s.CampaignId == petition.Id)));
        Assert.Equal(0, stored);
        var queued = await app.WithDbAsync(db => Task.FromResult(db.OutboxMessages.Count(m => m.Payload.Contains(petition.Id.ToString()))));
        Assert.Equal(0, queued);
    }

    [Fact]
    public async Task Signing_an_unknown_campaign_is_a_404_problem()
    {
        var response = await _client.SignAsync("no-such-campaign", new SignatureRequest(Emails.Unique()));

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Signing_a_closed_campaign_is_a_409_problem()
    {
        var closed = await app.Seed.PetitionAsync(c => c.Status = CampaignStatus.Closed);

        var response = await _client.SignAsync(closed.Slug, new SignatureRequest(Emails.Unique()));

        await Problems.AssertProblemAsync(response, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Signing_a_draft_is_a_409_problem()
    {
        var draft = await app.Seed.PetitionAsync(c => c.Status = CampaignStatus.Draft);

        var response = await _client.SignAsync(draft.Slug, new SignatureRequest(Emails.Unique()));

        await Problems.AssertProblemAsync(response, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Signing_after_the_deadline_is_a_409_problem()
    {
        var petition = await app.Seed.PetitionAsync(c => c.Deadline = app.Clock.UtcNow.AddMinutes(-1));

        var response = await _client.SignAsync(petition.Slug, new SignatureRequest(Emails.Unique()));

        await Problems.AssertProblemAsync(response, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem()
    {
        var petition = await app.Seed.PetitionAsync();

        var response = await _client.PostAsync($"/api/campaigns/{petition.Slug}/signatures", new StringContent("{\"name\":", Encoding.UTF8, "application/json"));

        await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }
}

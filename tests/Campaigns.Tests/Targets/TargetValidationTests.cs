using System.Net.Http.Json;
using Campaigns.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Targets;

public class TargetValidationTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    public static TheoryData<string, object?, string, string> InvalidFields => new()
    {
        { "name", "", "name", "Give the target a name." },
        { "name", new string('x', 201), "name", "at most 200" },
        { "email", "embassy at example.org", "email", "not valid" },
        { "email", "大使@例子.中国", "email", "non-Latin letters before the @" },
        { "country", "China", "country", "Country must be an ISO 3166-1 alpha-2 code" },
        { "country", "XX", "country", "Country must be an ISO 3166-1 alpha-2 code" },
        { "timeZone", "Mars/Olympus_Mons", "timeZone", "IANA time zone" },
        { "language", "Chinese (simplified)", "language", "language tag" },
        { "hourlyCap", 0, "hourlyCap", "between 1 and 1,000" },
        { "hourlyCap", 1001, "hourlyCap", "between 1 and 1,000" },
        { "officeHoursStart", "9am", "officeHoursStart", "a time such as 09:00" },
        { "officeHoursEnd", null, "officeHoursEnd", "both the start and the end" },
        { "officeHoursEnd", "08:00", "officeHoursEnd", "must end after they start" },
        { "digestThreshold", 10001, "digestThreshold", "between 1 and 10,000" },
        { "salutation", new string('x', 201), "salutation", "at most 200" },
        { "postalAddress", new string('x', 1001), "postalAddress", "at most 1,000" },
        { "notes", new string('x', 2001), "notes", "at most 2,000" },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task Invalid_field_is_a_field_error_and_nothing_is_saved(string field, object? value, string errorField, string message)
    {
        var organizer = await app.Seed.OrganizerAsync();
        var client = await app.Seed.ClientForAsync(organizer);

        var response = await client.PostAsJsonAsync(TargetSteps.Targets, TargetSteps.Ambassador().With(field, value));

        Assert.Contains(await Problems.AssertFieldErrorAsync(response, errorField), m => m.Contains(message));
        Assert.Equal(0, await app.WithDbAsync(db => db.Targets.CountAsync(t => t.OrganisationId == organizer.OrganisationId)));
    }

    [Fact]
    public async Task An_email_delivery_needs_an_email_address()
    {
        var client = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());

        var response = await client.PostAsJsonAsync(TargetSteps.Targets, TargetSteps.Ambassador().With("email", null).With("channel", "email"));

        Assert.Contains("An email delivery needs the target's email address.", await Problems.AssertFieldErrorAsync(response, "email"));
    }

    [Fact]
    public async Task A_postal_delivery_needs_a_postal_address()
    {
        var client = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());

        var response = await client.PostAsJsonAsync(TargetSteps.Targets, TargetSteps.Ambassador().With("postalAddress", " ").With("channel", "post"));

        Assert.Contains("A postal delivery needs the target's postal address.", await Problems.AssertFieldErrorAsync(response, "postalAddress"));
    }

    [Fact]
    public async Task A_digest_needs_a_threshold_unless_it_is_daily()
    {
        var client = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());

        var missing = await client.PostAsJsonAsync(TargetSteps.Targets, TargetSteps.Ambassador().With("mode", "digest"));
        var daily = await client.PostAsJsonAsync(TargetSteps.Targets, TargetSteps.Ambassador().With("mode", "digest").With("digestDaily", true));

        Assert.Contains(await Problems.AssertFieldErrorAsync(missing, "digestThreshold"), m => m.Contains("needs a threshold"));
        Assert.Equal(System.Net.HttpStatusCode.Created, daily.StatusCode);
    }

    [Fact]
    public async Task An_unknown_channel_is_a_field_error()
    {
        var client = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());

        var response = await client.PostAsJsonAsync(TargetSteps.Targets, TargetSteps.Ambassador().With("channel", "pigeon"));

        await Problems.AssertFieldErrorAsync(response, "channel");
    }

    [Fact]
    public async Task An_invalid_update_changes_nothing()
    {
        var client = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        var id = await client.CreatedTargetIdAsync(TargetSteps.Ambassador("Chen Yuming"));

        var response = await client.PutAsJsonAsync($"{TargetSteps.Targets}/{id}", TargetSteps.Ambassador("Renamed").With("country", "ZZ"));

        await Problems.AssertFieldErrorAsync(response, "country");
        Assert.Equal("Chen Yuming", (await app.WithDbAsync(db => db.Targets.AsNoTracking().SingleAsync(t => t.Id == id))).Name);
    }
}

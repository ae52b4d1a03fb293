using System.Net;
using System.Net.Http.Json;
using Campaigns.Tests.Infrastructure;
using Campaigns.Tests.Organizer;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Cases;

public class CaseApiTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task Organizer_creates_a_case_with_names_in_two_scripts_and_edits_it()
    {
        var client = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());

        var created = await client.CreateCaseAsync(CaseSteps.NewCase("Wang Bingzhang"));
        var update = CaseSteps.NewCase("Wang Bingzhang").With("status", "released").With("statusChangedOn", "2020-01-02");
        var edited = await (await client.PutAsJsonAsync($"/api/organizer/cases/{created.Slug()}", update)).JsonAsync();
        var shown = await app.CreateClient().GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/cases/{created.Slug()}");

        Assert.StartsWith("wang-bingzhang", created.Slug());
        Assert.Equal("王炳章", shown.GetProperty("nativeName").GetString());
        Assert.Equal(("released", "2020-01-02"), (edited.GetProperty("status").GetString(), edited.GetProperty("statusChangedOn").GetString()));
        Assert.Equal("Dr.", shown.GetProperty("honorific").GetString());
    }

    [Fact]
    public async Task Detained_since_in_the_future_is_refused_with_a_clear_message_and_nothing_is_stored()
    {
        var client = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        var name = $"Future Person {Guid.NewGuid():N}"[..20];
        var tomorrowsTomorrow = DateOnly.FromDateTime(app.Clock.UtcNow).AddDays(2).ToString("yyyy-MM-dd");

        var response = await client.PostAsJsonAsync("/api/organizer/cases", CaseSteps.NewCase(name).With("detainedSince", tomorrowsTomorrow));

        Assert.Contains("Detained since cannot be in the future.", await Problems.AssertFieldErrorAsync(response, "detainedSince"));
        Assert.False(await app.WithDbAsync(db => db.Cases.AnyAsync(c => c.Name == name)));
    }

    [Theory]
    [InlineData("Imprisoned")]
    [InlineData("7")]
    [InlineData("")]
    public async Task An_unknown_status_is_refused_with_the_allowed_values(string status)
    {
        var client = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());

        var response = await client.PostAsJsonAsync("/api/organizer/cases", CaseSteps.NewCase().With("status", status));

        Assert.Contains("Status must be one of: Detained, Released, Deceased, Unknown.", await Problems.AssertFieldErrorAsync(response, "status"));
    }

    [Fact]
    public async Task A_name_without_latin_letters_must_go_in_the_native_name()
    {
        var client = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());

        var response = await client.PostAsJsonAsync("/api/organizer/cases", CaseSteps.NewCase("王炳章"));

        Assert.Contains("native name", (await Problems.AssertFieldErrorAsync(response, "name"))[0]);
    }

    [Fact]
    public async Task Update_dates_in_the_future_and_links_that_are_not_web_addresses_are_refused()
    {
        var client = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        var slug = (await client.CreateCaseAsync()).Slug();
        var future = DateOnly.FromDateTime(app.Clock.UtcNow).AddDays(3).ToString("yyyy-MM-dd");

        var dated = await client.PostAsJsonAsync($"/api/organizer/cases/{slug}/updates", new { date = future, summary = "Not yet." });
        var linked = await client.PostAsJsonAsync($"/api/organizer/cases/{slug}/updates", new { date = "2020-01-01", summary = "x", sourceUrl = "javascript:alert(1)" });

        Assert.Contains("The date of an update cannot be in the future.", await Problems.AssertFieldErrorAsync(dated, "date"));
        await Problems.AssertFieldErrorAsync(linked, "sourceUrl");
    }

    [Fact]
    public async Task The_timeline_lists_updates_newest_first_with_their_sources()
    {
        var client = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        var slug = (await client.CreateCaseAsync()).Slug();

        await client.PostAsJsonAsync($"/api/organizer/cases/{slug}/updates", new { date = "2018-01-09", summary = "Refused entry.", sourceName = "The Globe and Mail" });
        await client.PostAsJsonAsync($"/api/organizer/cases/{slug}/updates",
            new { date = "2023-09-21", summary = "Looked weak.", sourceName = "Radio Free Asia", sourceUrl = "https://www.rfa.org/x", sourceDate = "2023-09-22" });
        await client.PostAsJsonAsync($"/api/organizer/cases/{slug}/updates", new { date = "2019-10-15", datePrecision = "month", summary = "Moved." });
        var shown = await app.CreateClient().GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/cases/{slug}");
        var updates = shown.GetProperty("updates").EnumerateArray().ToList();

        Assert.Equal(["2023-09-21", "2019-10-01", "2018-01-09"], updates.Select(u => u.GetProperty("date").GetString()));
        Assert.Equal(("Radio Free Asia", "https://www.rfa.org/x", "2023-09-22"),
            (updates[0].GetProperty("sourceName").GetString(), updates[0].GetProperty("sourceUrl").GetString(), updates[0].GetProperty("sourceDate").GetString()));
        Assert.Equal("month", updates[1].GetProperty("datePrecision").GetString());
    }

    [Fact]
    public async Task Advocates_and_partners_are_listed_apart_and_can_be_reordered_and_removed()
    {
        var client = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        var slug = (await client.CreateCaseAsync()).Slug();

        await client.PostAsJsonAsync($"/api/organizer/cases/{slug}/advocates", new { kind = "advocate", name = "Adam Schiff", title = "Sen.", affiliation = "D-CA" });
        await client.PostAsJsonAsync($"/api/organizer/cases/{slug}/advocates", new { kind = "advocate", name = "Second Advocate" });
        var withPartner = await (await client.PostAsJsonAsync($"/api/organizer/cases/{slug}/advocates",
            new { kind = "partner", name = "Freedom House", url = "https://freedomhouse.org" })).JsonAsync(HttpStatusCode.Created);
        var advocates = withPartner.GetProperty("advocates").EnumerateArray().Select(a => a.GetProperty("id").GetGuid()).ToList();
        var partner = withPartner.GetProperty("partners")[0].GetProperty("id").GetGuid();
        var reordered = await (await client.PutAsJsonAsync($"/api/organizer/cases/{slug}/advocates/order", new { ids = new[] { advocates[1], partner, advocates[0] } })).JsonAsync();
        var removed = await (await client.DeleteAsync($"/api/organizer/cases/{slug}/advocates/{advocates[1]}")).JsonAsync();
        var badKind = await client.PostAsJsonAsync($"/api/organizer/cases/{slug}/advocates", new { kind = "friend", name = "X" });

        Assert.Equal("Freedom House", withPartner.GetProperty("partners")[0].GetProperty("name").GetString());
        Assert.Equal(["Second Advocate", "Adam Schiff"], reordered.GetProperty("advocates").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Equal(["Adam Schiff"], removed.GetProperty("advocates").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Contains("Kind must be one of: Advocate, Partner.", await Problems.AssertFieldErrorAsync(badKind, "kind"));
    }

    [Fact]
    public async Task Campaigns_about_the_person_are_listed_open_ones_first_then_closed_newest_first()
    {
        var owner = await app.Seed.OrganizerAsync();
        var client = await app.Seed.ClientForAsync(owner);
        var slug = (await client.CreateCaseAsync()).Slug();
        var caseId = await app.WithDbAsync(db => db.Cases.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync());
        var now = app.Clock.UtcNow;
        var older = await Linked(c => (c.Status, c.ClosedAt, c.Title) = (CampaignStatus.Closed, now.AddDays(-30), "Older closed"));
        var newer = await Linked(c => (c.Status, c.ClosedAt, c.Title) = (CampaignStatus.Closed, now.AddDays(-1), "Newer closed"));
        var open = await Linked(c => c.Title = "Open now");
        await Linked(c => (c.Status, c.Title) = (CampaignStatus.Draft, "Draft"));

        var shown = await app.CreateClient().GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/cases/{slug}");

        Assert.Equal(["Open now", "Newer closed", "Older closed"], shown.GetProperty("campaigns").EnumerateArray().Select(c => c.GetProperty("title").GetString()));
        Assert.True(shown.GetProperty("campaigns")[0].GetProperty("open").GetBoolean());
        Assert.DoesNotContain("email", shown.GetRawText(), StringComparison.OrdinalIgnoreCase);
        _ = (older, newer, open);

        Task<Campaign> Linked(Action<Campaign> configure) =>
            app.Seed.PetitionAsync(c => { configure(c); c.Cases.Add(new CampaignCase { CaseId = caseId }); }, owner);
    }

    [Fact]
    public async Task Cases_are_found_by_part_of_either_name_and_filtered_by_country_and_status()
    {
        var client = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        var tag = Guid.NewGuid().ToString("N")[..8];
        await client.CreateCaseAsync(CaseSteps.NewCase($"Huang Xueqin {tag}", $"黄雪琴{tag}"));
        await client.CreateCaseAsync(CaseSteps.NewCase($"Wang Jianbing {tag}", $"王建兵{tag}").With("status", "Released"));
        await client.CreateCaseAsync(CaseSteps.NewCase($"Ales Bialiatski {tag}", null).With("country", "BY"));
        var anyone = app.CreateClient();

        async Task<string[]> Names(string query) =>
            (await anyone.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/cases?{query}")).GetProperty("items").EnumerateArray()
                .Select(i => i.GetProperty("name").GetString()!).Where(n => n.EndsWith(tag)).Order().ToArray();

        Assert.Equal([$"Huang Xueqin {tag}"], await Names($"q=XUEQIN%20{tag}"));
        Assert.Equal([$"Wang Jianbing {tag}"], await Names($"q={Uri.EscapeDataString("王建兵" + tag)}"));
        Assert.Equal([$"Wang Jianbing {tag}"], await Names($"q={tag}&status=released"));
        Assert.Equal([$"Ales Bialiatski {tag}"], await Names($"q={tag}&country=BY"));
        await Problems.AssertFieldErrorAsync(await anyone.GetAsync("/api/cases?status=imprisoned"), "status");
    }

    [Fact]
    public async Task Only_members_of_the_organisation_change_a_case_and_anonymous_callers_get_401()
    {
        var owner = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        var slug = (await owner.CreateCaseAsync()).Slug();
        var stranger = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());

        var anonymous = await app.CreateClient().PutAsJsonAsync($"/api/organizer/cases/{slug}", CaseSteps.NewCase());
        var forbidden = await stranger.PutAsJsonAsync($"/api/organizer/cases/{slug}", CaseSteps.NewCase("Changed Name"));
        var forbiddenUpdate = await stranger.PostAsJsonAsync($"/api/organizer/cases/{slug}/updates", new { date = "2020-01-01", summary = "x" });
        var update = (await (await owner.PostAsJsonAsync($"/api/organizer/cases/{slug}/updates", new { date = "2020-01-01", summary = "Kept." })).JsonAsync(HttpStatusCode.Created))
            .GetProperty("updates")[0].GetProperty("id").GetString();
        var advocate = await owner.PostAsJsonAsync($"/api/organizer/cases/{slug}/advocates", new { kind = "Advocate", name = "Kept Advocate" });
        var strangerCalls = new[]
        {
            await stranger.PutAsJsonAsync($"/api/organizer/cases/{slug}/updates/{update}", new { date = "2020-01-01", summary = "Changed." }),
            await stranger.DeleteAsync($"/api/organizer/cases/{slug}/updates/{update}"),
            await stranger.PostAsJsonAsync($"/api/organizer/cases/{slug}/advocates", new { kind = "Advocate", name = "Intruder" }),
            await stranger.DeleteAsync($"/api/organizer/cases/{slug}/photo"),
            await stranger.GetAsync($"/api/organizer/cases/{slug}"),
        };
        var missing = await owner.GetAsync("/api/organizer/cases/no-such-case");
        var mine = await (await stranger.GetAsync("/api/organizer/cases")).JsonAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        await Problems.AssertProblemAsync(forbidden, HttpStatusCode.Forbidden);
        await Problems.AssertProblemAsync(forbiddenUpdate, HttpStatusCode.Forbidden);
        await Problems.AssertProblemAsync(missing, HttpStatusCode.NotFound);
        Assert.DoesNotContain(mine.GetProperty("items").EnumerateArray(), i => i.GetProperty("slug").GetString() == slug);
        Assert.False(await app.WithDbAsync(db => db.Cases.AnyAsync(c => c.Slug == slug && c.Name == "Changed Name")));
        Assert.Equal(HttpStatusCode.Created, advocate.StatusCode);
        foreach (var call in strangerCalls)
        {
            await Problems.AssertProblemAsync(call, HttpStatusCode.Forbidden);
        }
        var shown = await app.CreateClient().GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/cases/{slug}");
        Assert.Equal(["Kept."], shown.GetProperty("updates").EnumerateArray().Select(u => u.GetProperty("summary").GetString()));
        Assert.Equal(["Kept Advocate"], shown.GetProperty("advocates").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
    }
}

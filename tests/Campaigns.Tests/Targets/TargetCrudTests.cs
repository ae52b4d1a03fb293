using System.Net;
using System.Net.Http.Json;
using Campaigns.Tests.Infrastructure;
using Campaigns.Tests.Organizer;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Targets;

public class TargetCrudTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task Organizer_adds_a_target_with_its_delivery_policy_and_reads_it_back()
    {
        var client = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());

        var created = await client.CreateTargetAsync(TargetSteps.Ambassador("Zheng Zeguang").With("title", "  Chinese   Ambassador to the UK "));
        var read = await (await client.GetAsync($"{TargetSteps.Targets}/{created.GetProperty("id")}")).JsonAsync();

        Assert.Equal("Zheng Zeguang", read.GetProperty("name").GetString());
        Assert.Equal("Chinese Ambassador to the UK", read.GetProperty("title").GetString());
        Assert.Equal("Dear Ambassador / 尊敬的大使", read.GetProperty("salutation").GetString());
        Assert.Equal("49-51 Portland Place\nLondon W1B 1JL\nUnited Kingdom", read.GetProperty("postalAddress").GetString());
        Assert.Equal("email", read.GetProperty("channel").GetString());
        Assert.Equal("09:00", read.GetProperty("officeHoursStart").GetString());
        Assert.Equal("17:30", read.GetProperty("officeHoursEnd").GetString());
        Assert.Equal("Europe/London", read.GetProperty("timeZone").GetString());
        Assert.Equal(20, read.GetProperty("hourlyCap").GetInt32());
    }

    [Fact]
    public async Task Channel_defaults_to_post_without_an_email_address()
    {
        var client = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());

        var created = await client.CreateTargetAsync(TargetSteps.Ambassador().With("email", null).With("channel", null));

        Assert.Equal("post", created.GetProperty("channel").GetString());
    }

    [Fact]
    public async Task Organizer_changes_a_target_and_its_policy()
    {
        var client = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        var id = await client.CreatedTargetIdAsync(TargetSteps.Ambassador());

        var updated = await (await client.PutAsJsonAsync($"{TargetSteps.Targets}/{id}", TargetSteps.Ambassador("Liu Xiaoming")
            .With("mode", "digest").With("digestThreshold", 50).With("officeHoursStart", null).With("officeHoursEnd", null))).JsonAsync();

        Assert.Equal("Liu Xiaoming", updated.GetProperty("name").GetString());
        Assert.Equal("digest", updated.GetProperty("mode").GetString());
        Assert.Equal(50, updated.GetProperty("digestThreshold").GetInt32());
        var stored = await app.WithDbAsync(db => db.Targets.AsNoTracking().SingleAsync(t => t.Id == id));
        Assert.Null(stored.OfficeHoursStart);
        Assert.Equal("Liu Xiaoming", stored.Name);
    }

    [Fact]
    public async Task List_searches_name_title_and_organisation_and_shows_only_the_callers_directory()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var client = await app.Seed.ClientForAsync(organizer);
        await client.CreateTargetAsync(TargetSteps.Ambassador("Cui Tiankai").With("title", "Ambassador to the United States"));
        await client.CreateTargetAsync(TargetSteps.Ambassador("António Guterres").With("title", "Secretary-General").With("organisation", "United Nations"));
        var stranger = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        await stranger.CreateTargetAsync(TargetSteps.Ambassador("Cui Tiankai"));

        var byTitle = await (await client.GetAsync($"{TargetSteps.Targets}?q=united%20states")).JsonAsync();
        var byOrganisation = await (await client.GetAsync($"{TargetSteps.Targets}?q=NATIONS")).JsonAsync();
        var all = await (await client.GetAsync($"{TargetSteps.Targets}?pageSize=1&page=2")).JsonAsync();

        Assert.Equal(["Cui Tiankai"], Names(byTitle));
        Assert.Equal(["António Guterres"], Names(byOrganisation));
        Assert.Equal(2, all.GetProperty("total").GetInt32());
        Assert.Equal(["Cui Tiankai"], Names(all));
    }

    [Fact]
    public async Task Retired_targets_leave_the_list_unless_asked_for_and_come_back_when_restored()
    {
        var client = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        var id = await client.CreatedTargetIdAsync(TargetSteps.Ambassador("Cheng Yonghua"));

        var retired = await (await client.DeleteAsync($"{TargetSteps.Targets}/{id}")).JsonAsync();
        var active = await (await client.GetAsync(TargetSteps.Targets)).JsonAsync();
        var withRetired = await (await client.GetAsync($"{TargetSteps.Targets}?includeRetired=true")).JsonAsync();

        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, retired.GetProperty("retiredAt").ValueKind);
        Assert.Empty(Names(active));
        Assert.Equal(["Cheng Yonghua"], Names(withRetired));

        var restored = await (await client.PostAsync($"{TargetSteps.Targets}/{id}/restore", null)).JsonAsync();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, restored.GetProperty("retiredAt").ValueKind);
        Assert.Equal(["Cheng Yonghua"], Names(await (await client.GetAsync(TargetSteps.Targets)).JsonAsync()));
    }

    [Fact]
    public async Task List_rejects_a_page_size_over_the_limit()
    {
        var client = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());

        await Problems.AssertFieldErrorAsync(await client.GetAsync($"{TargetSteps.Targets}?pageSize=1000"), "pageSize");
    }

    [Fact]
    public async Task The_directory_is_in_the_openapi_document()
    {
        var document = await app.CreateClient().GetStringAsync("/api/openapi.json");

        foreach (var operation in new[] { "ListTargets", "CreateTarget", "UpdateTarget", "RetireTarget", "RestoreTarget", "ImportTargets", "TargetImportTemplate", "MarkNoFurtherAction", "LiftNoFurtherAction", "AddressTargetOnBehalfOf" })
        {
            Assert.Contains($"\"{operation}\"", document);
        }
    }

    private static string[] Names(System.Text.Json.JsonElement list) =>
        list.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("name").GetString()!).ToArray();
}

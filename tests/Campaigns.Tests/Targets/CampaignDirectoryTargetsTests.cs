using System.Net;
using System.Net.Http.Json;
using Campaigns.Tests.Infrastructure;
using Campaigns.Tests.Organizer;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Targets;

public class CampaignDirectoryTargetsTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task Two_campaigns_address_the_same_directory_target()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var client = await app.Seed.ClientForAsync(organizer);
        var id = await client.CreatedTargetIdAsync(TargetSteps.Ambassador("Cui Tiankai"));

        var first = await client.CreatedSlugAsync(Petition(new { id }, new { name = "Li Qiang", title = "Premier" }));
        var second = await client.CreatedSlugAsync(Petition(new { id }));

        var links = await app.WithDbAsync(db => db.CampaignTargets.Where(t => t.TargetId == id).CountAsync());
        Assert.Equal(2, links);
        var campaign = await (await client.GetAsync($"/api/organizer/campaigns/{second}")).JsonAsync();
        Assert.Equal("Cui Tiankai", campaign.GetProperty("targets")[0].GetProperty("name").GetString());
        Assert.Equal(id, campaign.GetProperty("targets")[0].GetProperty("id").GetGuid());
        Assert.Contains(await app.WithDbAsync(db => db.Targets.Where(t => t.OrganisationId == organizer.OrganisationId).Select(t => t.Name).ToListAsync()),
            name => name == "Li Qiang");
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task A_retired_target_cannot_be_added_to_a_new_campaign_but_stays_on_its_campaigns()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var client = await app.Seed.ClientForAsync(organizer);
        var id = await client.CreatedTargetIdAsync(TargetSteps.Ambassador("Liu Xiaoming").With("title", "Ambassador"));
        var existing = await client.PublishedSlugAsync(Petition(new { id }));
        await client.DeleteAsync($"{TargetSteps.Targets}/{id}");

        var byId = await client.CreateCampaignAsync(Petition(new { id }));
        var byName = await client.CreateCampaignAsync(Petition(new { name = "Liu Xiaoming", title = "Ambassador" }));

        Assert.Contains(await Problems.AssertFieldErrorAsync(byId, "targets[0].id"), m => m.Contains("retired"));
        Assert.Contains(await Problems.AssertFieldErrorAsync(byName, "targets[0].name"), m => m.Contains("retired"));
        Assert.Equal(1, await app.WithDbAsync(db => db.Campaigns.CountAsync(c => c.OrganisationId == organizer.OrganisationId)));
        var page = await app.CreateClient().GetStringAsync($"/campaigns/{existing}");
        Assert.Contains("Liu Xiaoming", page);
    }

    [Fact]
    public async Task Another_organisations_target_or_an_unknown_id_is_a_field_error()
    {
        var theirs = await (await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync())).CreatedTargetIdAsync(TargetSteps.Ambassador());
        var organizer = await app.Seed.OrganizerAsync();
        var client = await app.Seed.ClientForAsync(organizer);

        var response = await client.CreateCampaignAsync(Petition(new { id = theirs }, new { id = Guid.NewGuid() }));

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("targets[0].id", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("targets[1].id", out _));
        Assert.Equal(0, await app.WithDbAsync(db => db.Campaigns.CountAsync(c => c.OrganisationId == organizer.OrganisationId)));
    }

    [Fact]
    public async Task A_draft_can_switch_to_directory_targets()
    {
        var client = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        var id = await client.CreatedTargetIdAsync(TargetSteps.Ambassador("Zhang Junsai"));
        var slug = await client.CreatedSlugAsync(OrganizerSteps.NewPetition());
        var draft = await (await client.GetAsync($"/api/organizer/campaigns/{slug}")).JsonAsync();

        var response = await client.PutAsJsonAsync($"/api/organizer/campaigns/{slug}", new
        {
            title = draft.GetProperty("title").GetString(),
            summary = draft.GetProperty("summary").GetString(),
            body = draft.GetProperty("body").GetString(),
            targets = new[] { new { id } },
        });

        var updated = await response.JsonAsync();
        Assert.Equal(["Zhang Junsai"], updated.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("name").GetString()!).ToArray());
    }

    private static Dictionary<string, object?> Petition(params object[] targets) =>
        new(OrganizerSteps.NewPetition()) { ["targets"] = targets };
}

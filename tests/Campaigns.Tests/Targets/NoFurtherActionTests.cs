using System.Net;
using System.Net.Http.Json;
using Campaigns.Tests.Accounts;
using Campaigns.Tests.Infrastructure;
using Campaigns.Tests.Organizer;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Targets;

public class NoFurtherActionTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    private const string Shown = "No further action requested";

    [Fact]
    public async Task Marking_a_target_shows_on_the_public_page_and_lifting_it_removes_the_notice()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var client = await app.Seed.ClientForAsync(organizer);
        var petition = await app.Seed.PetitionAsync(owner: organizer);
        var targetId = await TargetIdAsync(petition.Id, "Official 2");
        var route = $"/api/organizer/campaigns/{petition.Slug}/targets/{targetId}/no-further-action";

        var marked = await (await client.PostAsJsonAsync(route, new { reason = "The minister left office." })).JsonAsync();
        var page = await app.CreateClient().GetPageAsync($"/campaigns/{petition.Slug}");

        Assert.Equal("The minister left office.", marked.GetProperty("noFurtherActionReason").GetString());
        var official2 = page.QuerySelectorAll(".targets li").Single(li => li.TextContent.Contains("Official 2"));
        Assert.Contains(Shown, official2.TextContent);
        Assert.DoesNotContain(Shown, page.QuerySelectorAll(".targets li").Single(li => li.TextContent.Contains("Official 1")).TextContent);
        Assert.DoesNotContain("left office", page.Body!.TextContent);

        await (await client.DeleteAsync(route)).JsonAsync();
        Assert.DoesNotContain(Shown, (await app.CreateClient().GetPageAsync($"/campaigns/{petition.Slug}")).Body!.TextContent);
        var link = await app.WithDbAsync(db => db.CampaignTargets.AsNoTracking().SingleAsync(t => t.CampaignId == petition.Id && t.TargetId == targetId));
        Assert.Null(link.NoFurtherActionAt);
        Assert.Null(link.NoFurtherActionReason);
    }

    [Fact]
    public async Task Only_the_campaigns_organisation_can_mark_its_targets()
    {
        var petition = await app.Seed.PetitionAsync(owner: await app.Seed.OrganizerAsync());
        var targetId = await TargetIdAsync(petition.Id, "Official 1");
        var route = $"/api/organizer/campaigns/{petition.Slug}/targets/{targetId}/no-further-action";
        var stranger = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().PostAsJsonAsync(route, new { })).StatusCode);
        await Problems.AssertProblemAsync(await stranger.PostAsJsonAsync(route, new { }), HttpStatusCode.Forbidden);
        await Problems.AssertProblemAsync(await stranger.DeleteAsync(route), HttpStatusCode.Forbidden);
        Assert.Null((await app.WithDbAsync(db => db.CampaignTargets.AsNoTracking().SingleAsync(t => t.TargetId == targetId))).NoFurtherActionAt);
    }

    [Fact]
    public async Task A_target_the_campaign_does_not_address_is_not_found_and_a_long_reason_is_a_field_error()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var client = await app.Seed.ClientForAsync(organizer);
        var petition = await app.Seed.PetitionAsync(owner: organizer);
        var targetId = await TargetIdAsync(petition.Id, "Official 1");

        await Problems.AssertProblemAsync(
            await client.PostAsJsonAsync($"/api/organizer/campaigns/{petition.Slug}/targets/{Guid.NewGuid()}/no-further-action", new { }),
            HttpStatusCode.NotFound);
        await Problems.AssertFieldErrorAsync(
            await client.PostAsJsonAsync($"/api/organizer/campaigns/{petition.Slug}/targets/{targetId}/no-further-action", new { reason = new string('x', 501) }),
            "reason");
    }

    [Fact]
    public async Task Organizer_marks_and_lifts_from_the_campaign_page_without_javascript()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var browser = app.CreateBrowser();
        await browser.SignInAsync(organizer.Email, organizer.Password);
        var petition = await app.Seed.PetitionAsync(owner: organizer);
        var targetId = await TargetIdAsync(petition.Id, "Official 1");
        var manage = $"/organizer/campaigns/{petition.Slug}";
        var action = $"{manage}/targets/{targetId}/no-further-action";

        var marked = await browser.SubmitFormAsync(await browser.GetPageAsync(manage), action, new Dictionary<string, string> { ["Reason"] = "Replied in writing" });
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        var page = await browser.GetPageAsync(manage);
        Assert.Contains("Replied in writing", page.QuerySelector(".no-further-action")!.TextContent);

        var lifted = await browser.SubmitFormAsync(page, $"{action}/lift", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, lifted.StatusCode);
        Assert.Null((await browser.GetPageAsync(manage)).QuerySelector(".no-further-action"));
    }

    private Task<Guid> TargetIdAsync(Guid campaignId, string name) =>
        app.WithDbAsync(db => db.CampaignTargets.Where(t => t.CampaignId == campaignId && t.Target!.Name == name).Select(t => t.TargetId).SingleAsync());
}

using System.Net;
using Campaigns.Tests.Following;
using Campaigns.Tests.Infrastructure;
using Campaigns.Tests.Organizer;

namespace Campaigns.Tests.Series;

public class ActionStatusTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task Each_person_of_a_two_person_campaign_shows_their_own_action_status()
    {
        var (organizer, slug, huang, wang) = await TwoPersonCampaignAsync();

        var people = await organizer.SetActionAsync(slug, wang.Slug,
            new { status = "NoFurtherAction", date = "2025-03-18", reason = "Released at the end of his sentence." }).OkJsonAsync();

        Assert.Equal(["continues", "noFurtherAction"], people.EnumerateArray().Select(p => p.GetProperty("status").GetString()!).ToArray());
        var page = await app.CreateClient().GetDocumentAsync($"/campaigns/{slug}");
        Assert.Equal("Huang Xueqin: Action continues", page.QuerySelector($"#people [data-case='{huang.Slug}']").Text());
        Assert.Equal("Wang Jianbing: No further action requested since 18 March 2025: Released at the end of his sentence.",
            page.QuerySelector($"#people [data-case='{wang.Slug}']").Text());
        var api = await app.CreateClient().GetAsync($"/api/campaigns/{slug}/people").OkJsonAsync();
        Assert.Equal("2025-03-18", api.GetProperty("people")[1].GetProperty("changedOn").GetString());
    }

    [Fact]
    public async Task Ending_action_for_one_person_shows_on_the_campaign_and_both_tracking_pages_with_links_to_the_case()
    {
        var (organizer, slug, huang, wang) = await TwoPersonCampaignAsync();
        await organizer.SetActionAsync(slug, wang.Slug, new { status = "NoFurtherAction", date = "2025-03-18", reason = "Released." });

        var page = await app.CreateClient().GetDocumentAsync($"/campaigns/{slug}");
        var campaignTracking = await app.CreateClient().GetDocumentAsync($"/campaigns/{slug}/tracking");
        var caseTracking = await app.CreateClient().GetDocumentAsync($"/cases/{wang.Slug}/tracking");

        Assert.NotNull(page.QuerySelector($"#people a[href='/cases/{wang.Slug}']"));
        Assert.NotNull(page.QuerySelector($"a[href='/campaigns/{slug}/tracking']"));
        Assert.Equal("Action continues", campaignTracking.QuerySelector($"#actions [data-case='{huang.Slug}'] td:last-child").Text().Trim());
        Assert.Equal("No further action requested since 18 March 2025: Released.",
            campaignTracking.QuerySelector($"#actions [data-case='{wang.Slug}'] td:last-child").Text().Trim());
        Assert.Equal("No further action requested since 18 March 2025: Released.", caseTracking.QuerySelector("#actions td:last-child").Text().Trim());
    }

    [Fact]
    public async Task Action_can_continue_again_and_the_page_buttons_work_without_javascript()
    {
        var (_, slug, _, wang) = await TwoPersonCampaignAsync();
        var browser = app.CreatePageClient();
        await Accounts.AccountSteps.SignInAsync(browser, _owner!.Email, _owner.Password);
        var path = $"/organizer/campaigns/{slug}/urgent-action";
        var action = $"/urgent-action/people/{wang.Slug}";

        var ended = await browser.SubmitFormAsync(path, action, new Dictionary<string, string>
        {
            ["Status"] = "NoFurtherAction", ["Date"] = "2025-03-18", ["Reason"] = "Released.",
        });
        var endedText = (await browser.GetDocumentAsync(path)).QuerySelector($"#status-{wang.Slug}").Text();
        var resumed = await browser.SubmitFormAsync(path, action, new Dictionary<string, string> { ["Status"] = "Continues" });

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Equal("No further action requested since 2025-03-18: Released.", endedText);
        Assert.Equal(HttpStatusCode.Redirect, resumed.StatusCode);
        Assert.Equal("Action continues", (await browser.GetDocumentAsync(path)).QuerySelector($"#status-{wang.Slug}").Text());
    }

    [Fact]
    public async Task Bad_action_status_requests_get_clear_errors_and_change_nothing()
    {
        var (organizer, slug, huang, _) = await TwoPersonCampaignAsync();
        var stranger = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());

        var unknown = await organizer.SetActionAsync(slug, huang.Slug, new { status = "Paused" });
        var numeric = await organizer.SetActionAsync(slug, huang.Slug, new { status = "1", reason = "x" });
        var noReason = await organizer.SetActionAsync(slug, huang.Slug, new { status = "NoFurtherAction" });
        var future = await organizer.SetActionAsync(slug, huang.Slug, new { status = "NoFurtherAction", date = "2999-01-01", reason = "Released." });
        var notInCampaign = await organizer.SetActionAsync(slug, "someone-else", new { status = "Continues" });
        var otherOrganisation = await stranger.SetActionAsync(slug, huang.Slug, new { status = "Continues" });

        Assert.Contains("'Paused' is not an action status. Use Continues or NoFurtherAction.", await Problems.AssertFieldErrorAsync(unknown, "status"));
        await Problems.AssertFieldErrorAsync(numeric, "status");
        await Problems.AssertFieldErrorAsync(noReason, "reason");
        Assert.Contains("The date cannot be in the future.", await Problems.AssertFieldErrorAsync(future, "date"));
        await Problems.AssertProblemAsync(notInCampaign, HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(otherOrganisation, HttpStatusCode.Forbidden);
        var people = await app.CreateClient().GetAsync($"/api/campaigns/{slug}/people").OkJsonAsync();
        Assert.All(people.GetProperty("people").EnumerateArray(), p => Assert.Equal("continues", p.GetProperty("status").GetString()));
    }

    private Campaigns.Tests.Infrastructure.Organizer? _owner;

    private async Task<(HttpClient Organizer, string Slug, Campaigns.Web.Domain.Case Huang, Campaigns.Web.Domain.Case Wang)> TwoPersonCampaignAsync()
    {
        var owner = _owner = await app.Seed.OrganizerAsync();
        var organizer = await app.Seed.ClientForAsync(owner);
        var huang = await app.CaseAsync("Huang Xueqin", owner.OrganisationId);
        var wang = await app.CaseAsync("Wang Jianbing", owner.OrganisationId);
        var petition = await app.Seed.PetitionAsync(owner: owner);
        await app.LinkAsync(petition.Id, huang, wang);
        return (organizer, petition.Slug, huang, wang);
    }
}

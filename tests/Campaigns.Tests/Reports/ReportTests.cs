using System.Net;
using System.Net.Http.Json;
using Campaigns.Tests.Accounts;
using Campaigns.Tests.Comments;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;

namespace Campaigns.Tests.Reports;

public class ReportTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task A_visitor_reports_a_comment_from_the_campaign_page_and_an_admin_hides_it()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var petition = await app.Seed.PetitionAsync(owner: organizer);
        await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(Emails.Unique(), "Troll", Comment: "An insult to the family"));
        await (await app.SignedInBrowserAsync(organizer)).ReviewCommentAsync(petition.Slug, "An insult to the family", "approve");

        var visitor = app.CreateBrowser();
        var link = (await app.CampaignPageAsync(petition.Slug)).QuerySelector("#comments a[href^='/report']")!.GetAttribute("href")!;
        var form = await visitor.GetPageAsync(link);
        var empty = await visitor.SubmitAsync(form, "/report", new Dictionary<string, string> { ["Reason"] = " " });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Tell the admins what is wrong.", (await empty.ParseAsync()).ErrorMessages());
        var sent = await visitor.SubmitAsync(form, "/report", new Dictionary<string, string> { ["Reason"] = "It insults the prisoner's family" });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Contains("Thank you for your report", (await sent.ParseAsync()).Text());

        var admin = await AdminBrowserAsync();
        var reports = await admin.GetPageAsync("/admin/reports");
        var row = reports.QuerySelectorAll("tr").Single(r => r.TextContent.Contains("It insults the prisoner's family"));
        Assert.Contains("An insult to the family", row.TextContent);
        var hide = row.QuerySelectorAll("form").Select(f => f.GetAttribute("action")!).Single(a => a.EndsWith("/hide-comment"));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(reports, hide)).StatusCode);

        Assert.Null((await app.CampaignPageAsync(petition.Slug)).QuerySelector("#comments"));
        Assert.DoesNotContain("It insults the prisoner's family", (await admin.GetPageAsync("/admin/reports")).Text());
    }

    [Fact]
    public async Task A_campaign_reported_through_the_api_reaches_the_admins_until_they_mark_it_handled()
    {
        var petition = await app.Seed.PetitionAsync();
        var client = app.CreateClient();

        await Problems.AssertFieldErrorAsync(await client.PostAsJsonAsync($"/api/campaigns/{petition.Slug}/reports", new { reason = "" }), "reason");
        await Problems.AssertProblemAsync(await client.PostAsJsonAsync("/api/campaigns/no-such-campaign/reports", new { reason = "Spam" }), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await client.PostAsJsonAsync($"/api/campaigns/{petition.Slug}/reports", new { reason = "Spam", commentId = Guid.NewGuid() }), HttpStatusCode.NotFound);
        var reason = $"This campaign is a fake {Guid.NewGuid():N}";
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync($"/api/campaigns/{petition.Slug}/reports", new { reason })).StatusCode);

        var admin = await AdminBrowserAsync();
        var reports = await admin.GetPageAsync("/admin/reports");
        var row = reports.QuerySelectorAll("tr").Single(r => r.TextContent.Contains(reason));
        Assert.Contains(petition.Title, row.TextContent);
        var handled = row.QuerySelectorAll("form").Select(f => f.GetAttribute("action")!).Single(a => a.EndsWith("/handled"));
        await admin.SubmitAsync(reports, handled);

        Assert.DoesNotContain(reason, (await admin.GetPageAsync("/admin/reports")).Text());
    }

    [Fact]
    public async Task Only_admins_see_the_reports()
    {
        var organizer = await app.SignedInBrowserAsync(await app.Seed.OrganizerAsync());

        Assert.Equal(HttpStatusCode.Forbidden, (await organizer.GetAsync("/admin/reports")).StatusCode);
    }

    private async Task<HttpClient> AdminBrowserAsync() =>
        await app.SignedInBrowserAsync(await app.Seed.OrganizerAsync(role: Roles.Admin));
}

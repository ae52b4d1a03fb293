using System.Net;
using Campaigns.Tests.Accounts;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Organizer;

public class OrganizerPagesTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    private const string NewCampaign = "/organizer/campaigns/new";

    [Fact]
    public async Task Organizer_creates_a_petition_with_the_form_and_blank_target_rows_are_ignored()
    {
        var (organizer, browser) = await SignedInAsync();
        var form = await browser.GetPageAsync(NewCampaign);
        Assert.Equal(10, form.QuerySelectorAll("input[name$='.Name']").Length);

        var created = await browser.SubmitFormAsync(form, NewCampaign, Petition("Free Gao Zhen", new()
        {
            ["Targets[2].Name"] = "Wang Yi",
            ["Targets[2].Title"] = "Minister",
            ["Targets[2].Country"] = "CN",
            ["Targets[5].Name"] = "Li Qiang",
        }));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var manage = await browser.GetPageAsync(created.Headers.Location!.OriginalString);
        Assert.Equal("Draft", manage.QuerySelector("#campaign-status")!.TextContent.Trim());
        Assert.Contains("Minister Wang Yi", manage.Text());
        var targets = await app.WithDbAsync(db => db.Targets.Where(t => t.OrganisationId == organizer.OrganisationId).CountAsync());
        Assert.Equal(2, targets);
    }

    [Fact]
    public async Task Form_errors_re_render_the_form_with_messages_beside_the_fields_and_save_nothing()
    {
        var (organizer, browser) = await SignedInAsync();
        var form = await browser.GetPageAsync(NewCampaign);

        var response = await browser.SubmitFormAsync(form, NewCampaign, Petition("", new()
        {
            ["Targets[0].Name"] = "Wang Yi",
            ["Targets[4].Name"] = "Li Qiang",
            ["Targets[4].Email"] = "not-an-email",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Contains("Give the campaign a title.", page.ErrorMessages());
        var cell = page.QuerySelector("input[name='Targets[4].Email']")!.ParentElement!;
        Assert.Equal("not-an-email", cell.QuerySelector("input")!.GetAttribute("value"));
        Assert.Contains("not valid", cell.QuerySelector(".field-error")!.TextContent);
        Assert.Equal("Li Qiang", page.QuerySelector("input[name='Targets[4].Name']")!.GetAttribute("value"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Campaigns.CountAsync(c => c.OrganisationId == organizer.OrganisationId)));
    }

    [Fact]
    public async Task Form_offers_more_target_rows_without_javascript()
    {
        var (_, browser) = await SignedInAsync();
        var form = await browser.GetPageAsync(NewCampaign);

        var response = await browser.SubmitFormAsync(form, NewCampaign, Petition("Free Gao Zhen", new() { ["Command"] = "more-targets" }), submitter: "Command");

        var page = await response.ParseAsync();
        Assert.Equal(20, page.QuerySelectorAll("input[name$='.Name']").Length);
        Assert.Equal("Free Gao Zhen", page.QuerySelector("input[name='Title']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Organizer_publishes_and_closes_a_petition_from_its_page()
    {
        var (organizer, browser) = await SignedInAsync();
        var draft = await app.Seed.PetitionAsync(c => c.Status = CampaignStatus.Draft, organizer);
        var manage = $"/organizer/campaigns/{draft.Slug}";

        await browser.SubmitAsync(await browser.GetPageAsync(manage), $"{manage}/publish");
        var published = await browser.GetPageAsync(manage);
        Assert.Equal("Published", published.QuerySelector("#campaign-status")!.TextContent.Trim());

        var refused = await browser.SubmitFormAsync(published, $"{manage}/close", new Dictionary<string, string> { ["ClosingMessage"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.NotEmpty((await refused.ParseAsync()).ErrorMessages());

        var closed = await browser.SubmitFormAsync(published, $"{manage}/close", new Dictionary<string, string> { ["ClosingMessage"] = "Gao Zhen is free. Thank you." });
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Equal("Closed", (await browser.GetPageAsync(manage)).QuerySelector("#campaign-status")!.TextContent.Trim());
        Assert.Contains("Gao Zhen is free. Thank you.", (await app.CreateClient().GetPageAsync($"/campaigns/{draft.Slug}")).Text());
    }

    [Fact]
    public async Task Publishing_a_published_petition_again_shows_why_it_cannot()
    {
        var (organizer, browser) = await SignedInAsync();
        var draft = await app.Seed.PetitionAsync(c => c.Status = CampaignStatus.Draft, organizer);
        var manage = $"/organizer/campaigns/{draft.Slug}";
        var page = await browser.GetPageAsync(manage);
        await browser.SubmitAsync(page, $"{manage}/publish");

        var again = await browser.SubmitAsync(page, $"{manage}/publish");

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains((await again.ParseAsync()).ErrorMessages(), m => m.Contains("Only a draft"));
    }

    [Fact]
    public async Task Edit_page_of_a_published_petition_keeps_its_title_and_text_read_only()
    {
        var (organizer, browser) = await SignedInAsync();
        var petition = await app.Seed.PetitionAsync(owner: organizer);
        var edit = $"/organizer/campaigns/{petition.Slug}/edit";
        var form = await browser.GetPageAsync(edit);
        Assert.True(form.QuerySelector("input[name='Title']")!.HasAttribute("readonly"));
        Assert.True(form.QuerySelector("textarea[name='Body']")!.HasAttribute("readonly"));
        Assert.NotNull(form.QuerySelector("#text-locked"));

        var saved = await browser.SubmitFormAsync(form, edit, new Dictionary<string, string> { ["Summary"] = "Still detained after two years." });
        var rewritten = await browser.SubmitFormAsync(form, edit, new Dictionary<string, string> { ["Title"] = "Another petition" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, rewritten.StatusCode);
        var refused = await rewritten.ParseAsync();
        Assert.Contains(refused.ErrorMessages(), m => m.Contains("people have signed"));
        Assert.True(refused.QuerySelector("input[name='Title']")!.HasAttribute("readonly"));
        var stored = (await app.Seed.FindCampaignAsync(petition.Slug))!;
        Assert.Equal(("Still detained after two years.", petition.Title), (stored.Summary, stored.Title));
    }

    [Fact]
    public async Task Another_organisations_campaign_page_is_forbidden_and_an_unknown_one_not_found()
    {
        var (_, browser) = await SignedInAsync();
        var theirs = await app.Seed.PetitionAsync(c => c.Status = CampaignStatus.Draft);

        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync($"/organizer/campaigns/{theirs.Slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync($"/organizer/campaigns/{theirs.Slug}/signatures.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/organizer/campaigns/no-such-campaign")).StatusCode);
    }

    [Fact]
    public async Task Dashboard_lists_my_campaigns_with_their_status_and_counts()
    {
        var (organizer, browser) = await SignedInAsync();
        var mine = await app.Seed.PetitionAsync(owner: organizer);
        var theirs = await app.Seed.PetitionAsync();
        await app.CreateClient().SignAsync(mine.Slug, new SignatureRequest(Emails.Unique()));

        var dashboard = await browser.GetPageAsync("/organizer");

        var row = dashboard.QuerySelector($"a[href='/organizer/campaigns/{mine.Slug}']")!.Closest("tr")!;
        Assert.Equal(["Published", "0 signatures", "1", "1,000"], row.QuerySelectorAll("td").Skip(1).Select(td => td.TextContent.Trim()));
        Assert.Null(dashboard.QuerySelector($"a[href='/organizer/campaigns/{theirs.Slug}']"));
        Assert.NotNull(dashboard.QuerySelector($"a[href='{NewCampaign}']"));
    }

    [Fact]
    public async Task Manage_page_lists_signatures_with_emails_and_exports_them()
    {
        var (organizer, browser) = await SignedInAsync();
        var petition = await app.Seed.PetitionAsync(owner: organizer);
        var email = Emails.Unique();
        await app.CreateClient().SignAsync(petition.Slug, new SignatureRequest(email, Name: "王炳章"));

        var pending = await browser.GetPageAsync($"/organizer/campaigns/{petition.Slug}?status=pending");
        var export = await browser.GetAsync($"/organizer/campaigns/{petition.Slug}/signatures.csv?status=all");

        Assert.Contains(email, pending.QuerySelector("#signatures")!.TextContent);
        Assert.Contains("王炳章", pending.QuerySelector("#signatures")!.TextContent);
        Assert.Equal("1", pending.QuerySelector("#pending-count")!.TextContent.Trim());
        Assert.Contains("王炳章", await export.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Organizer_pages_ask_visitors_to_sign_in()
    {
        var response = await app.CreateBrowser().GetAsync("/organizer");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
    }

    private async Task<(Infrastructure.Organizer Organizer, HttpClient Browser)> SignedInAsync()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var browser = app.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(organizer.Email, organizer.Password)).StatusCode);
        return (organizer, browser);
    }

    private static Dictionary<string, string> Petition(string title, Dictionary<string, string> more)
    {
        var fields = new Dictionary<string, string>
        {
            ["Title"] = title,
            ["Summary"] = "A writer detained for his work.",
            ["Body"] = "He wrote **peacefully**.",
        };
        foreach (var (key, value) in more)
        {
            fields[key] = value;
        }
        return fields;
    }
}

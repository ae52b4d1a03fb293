using System.Globalization;
using System.Net;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;

namespace Campaigns.Tests.PublicPages;

/// <summary>What the campaign page tells a visitor before they sign: how far to the goal, until when, and to whom.</summary>
public class CampaignFactsTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    private readonly HttpClient _browser = app.CreatePageClient();

    [Fact]
    public async Task Page_says_how_many_more_signatures_the_goal_needs_when_it_closes_and_to_whom()
    {
        var deadline = app.Clock.UtcNow.AddDays(12).AddHours(-3);
        var petition = await app.Seed.PetitionAsync(c => { c.Goal = 20_000; c.SignatureCount = 7_655; c.Deadline = deadline; });

        var progress = (await _browser.GetDocumentAsync($"/campaigns/{petition.Slug}")).QuerySelector("#progress").Text();

        Assert.Contains("12,345 more signatures needed to reach the goal", progress);
        Assert.Contains($"Closes in 12 days, on {deadline.ToString("D", CultureInfo.GetCultureInfo("en"))}", progress);
        Assert.Contains("To: Minister Official 1 and Minister Official 2", progress);
    }

    [Fact]
    public async Task One_missing_signature_reads_in_the_singular()
    {
        var petition = await app.Seed.PetitionAsync(c => { c.Goal = 1_000; c.SignatureCount = 999; });

        var progress = (await _browser.GetDocumentAsync($"/campaigns/{petition.Slug}")).QuerySelector("#progress").Text();

        Assert.Contains("One more signature needed to reach the goal", progress);
    }

    [Fact]
    public async Task Campaign_without_targets_says_whom_it_is_addressed_to()
    {
        var statement = await app.Seed.PetitionAsync(c =>
        {
            c.Kind = CampaignKind.JointStatement;
            c.AddressedTo = "The government of the People's Republic of China";
        }, targets: 0);

        var progress = (await _browser.GetDocumentAsync($"/campaigns/{statement.Slug}")).QuerySelector("#progress").Text();

        Assert.Contains("To: The government of the People's Republic of China", progress);
    }

    [Fact]
    public async Task Campaign_past_its_deadline_reads_Closed_with_the_date_and_takes_no_signatures()
    {
        var deadline = app.Clock.UtcNow.AddDays(-3);
        var petition = await app.Seed.PetitionAsync(c => c.Deadline = deadline);

        var page = await _browser.GetDocumentAsync($"/campaigns/{petition.Slug}");

        Assert.Equal("Closed", page.QuerySelector(".campaign-head .status").Text());
        Assert.Contains($"Closed on {deadline.ToString("D", CultureInfo.GetCultureInfo("en"))}", page.QuerySelector("#progress").Text());
        Assert.Null(page.QuerySelector("form[action*='/sign']"));
    }

    [Fact]
    public async Task Public_pages_say_Open_and_Closed_never_Published()
    {
        var open = await app.Seed.PetitionAsync();
        var closed = await app.Seed.PetitionAsync(c => { c.Status = CampaignStatus.Closed; c.ClosedAt = app.Clock.UtcNow; });

        var list = await _browser.GetDocumentAsync("/campaigns?page=1");
        var page = await _browser.GetDocumentAsync($"/campaigns/{open.Slug}");

        string StatusOf(string slug) => list.QuerySelector($"a[href='/campaigns/{slug}']")!.Closest("li")!.QuerySelector(".status").Text();
        Assert.Equal("Open", StatusOf(open.Slug));
        Assert.Equal("Closed", StatusOf(closed.Slug));
        Assert.Equal("Open", page.QuerySelector(".campaign-head .status").Text());
        Assert.DoesNotContain("Published", list.Body!.Text() + page.Body!.Text());
    }

    [Fact]
    public async Task Refused_sign_form_returns_to_its_error_summary_whose_messages_link_to_the_fields()
    {
        var petition = await app.Seed.PetitionAsync();
        var form = (await _browser.GetDocumentAsync($"/campaigns/{petition.Slug}")).QuerySelector("form[action*='/sign']");
        Assert.EndsWith("/sign#sign-errors", form!.GetAttribute("action"));

        var response = await _browser.SubmitFormAsync($"/campaigns/{petition.Slug}", "/sign", new Dictionary<string, string>
        {
            ["Name"] = "Grace Hopper", ["Email"] = "not-an-email", ["Country"] = "GB",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        var summary = page.QuerySelector("#sign-errors");
        Assert.Equal("-1", summary!.GetAttribute("tabindex"));
        Assert.NotNull(summary.QuerySelector("a[href='#Email']"));
        Assert.NotNull(page.QuerySelector("#Email"));
        Assert.Equal("not-an-email", page.QuerySelector("#Email")!.GetAttribute("value"));
    }
}

using System.Net;
using AngleSharp.Html.Dom;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Tracking;

public class TrackingPageTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    private readonly HttpClient _browser = app.CreatePageClient();

    [Fact]
    public async Task Campaign_tracking_counts_individuals_and_organisations_apart()
    {
        var petition = await app.Seed.PetitionAsync(c => c.Goal = 10);
        await app.SignersAsync(petition, new Signer(), new Signer(), new Signer(),
            new Signer(Kind: SignerKind.Organisation), new Signer(Kind: SignerKind.Organisation));

        var page = await _browser.GetDocumentAsync($"/campaigns/{petition.Slug}/tracking");

        Assert.Equal("3", Figure(page, "signatures"));
        Assert.Equal("0", Figure(page, "letters"));
        Assert.Equal("3", Figure(page, "individuals"));
        Assert.Equal("2", Figure(page, "organisations"));
        Assert.Equal("5", Figure(page, "total"));
        Assert.Equal("5", page.QuerySelector("#live-counts progress")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Chart_shows_confirmed_signatures_per_day_as_bars_and_as_a_table()
    {
        var petition = await app.Seed.PetitionAsync();
        await app.SignersAsync(petition, new Signer(), new Signer(), new Signer(DaysAgo: 3));
        await app.WithDbAsync(async db =>
        {
            db.Signatures.Add(new Signature { CampaignId = petition.Id, Name = "Unconfirmed", Email = "u@example.org", EmailNormalized = "u@example.org", Country = "GB", CreatedAt = app.Clock.UtcNow });
            await db.SaveChangesAsync();
        });

        var page = await _browser.GetDocumentAsync($"/campaigns/{petition.Slug}/tracking");

        var rows = page.QuerySelectorAll(".chart-table tbody tr").Select(Row).ToList();
        Assert.Equal(30, rows.Count);
        var today = DateOnly.FromDateTime(app.Clock.UtcNow);
        Assert.Equal($"{today:d MMMM yyyy} | 2", rows[^1]);
        Assert.Equal($"{today.AddDays(-3):d MMMM yyyy} | 1", rows[^4]);
        Assert.Equal($"{today.AddDays(-1):d MMMM yyyy} | 0", rows[^2]);
        var chart = page.QuerySelector("svg.chart")!;
        Assert.Equal("img", chart.GetAttribute("role"));
        Assert.Equal("Signatures per day", chart.QuerySelector("title")!.TextContent);
        Assert.Equal(30, chart.QuerySelectorAll("rect.chart-bar").Length);
        Assert.Contains(chart.QuerySelectorAll("rect.chart-bar title"), t => t.TextContent == $"{today:d MMMM yyyy}: 2 signatures");
    }

    [Fact]
    public async Task Chart_reaches_back_ninety_days_or_to_the_first_signature()
    {
        var petition = await app.Seed.PetitionAsync();
        await app.SignersAsync(petition, new Signer(DaysAgo: 120), new Signer(DaysAgo: 60));

        var ninety = await _browser.GetDocumentAsync($"/campaigns/{petition.Slug}/tracking?range=90");
        var all = await _browser.GetDocumentAsync($"/campaigns/{petition.Slug}/tracking?range=all");

        Assert.Equal(90, ninety.QuerySelectorAll(".chart-table tbody tr").Length);
        Assert.Equal(121, all.QuerySelectorAll(".chart-table tbody tr").Length);
        Assert.Equal("page", all.QuerySelector(".ranges a[href='?range=all']")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task Countries_show_the_ten_largest_then_the_others_together()
    {
        var petition = await app.Seed.PetitionAsync();
        string[] countries = ["FR", "DE", "US", "CN", "JP", "IN", "BR", "KE", "TR", "NL", "SE", "NO"];
        await app.SignersAsync(petition, [.. Enumerable.Repeat(new Signer("GB"), 3), .. countries.Select(c => new Signer(c))]);

        var page = await _browser.GetDocumentAsync($"/campaigns/{petition.Slug}/tracking");

        var rows = page.QuerySelectorAll(".countries tbody tr").Select(Row).ToList();
        Assert.Equal(11, rows.Count);
        Assert.Equal("United Kingdom | 3", rows[0]);
        Assert.Contains("China | 1", rows);
        Assert.Equal("Other countries | 3", rows[^1]);
    }

    [Fact]
    public async Task Letters_delivered_are_counted_per_target_from_sent_deliveries_only()
    {
        var petition = await app.Seed.PetitionAsync(targets: 2);
        await app.DeliveryAsync(petition, target: 0, DeliveryStatus.Sent, signatures: 1);
        await app.DeliveryAsync(petition, target: 0, DeliveryStatus.Sent, signatures: 40);
        await app.DeliveryAsync(petition, target: 0, DeliveryStatus.Queued, signatures: 7);
        await app.DeliveryAsync(petition, target: 1, DeliveryStatus.Failed, signatures: 3);

        var page = await _browser.GetDocumentAsync($"/campaigns/{petition.Slug}/tracking");

        var rows = page.QuerySelectorAll(".deliveries tbody tr").Select(Row).ToList();
        Assert.Equal(["Minister Official 1 | 2 | 41", "Minister Official 2 | 0 | 0"], rows);
    }

    [Fact]
    public async Task Milestones_passed_show_their_dates_and_the_next_one_is_named()
    {
        var petition = await app.Seed.PetitionAsync(c => c.Goal = 5000);
        await app.WithDbAsync(db => db.Campaigns.Where(c => c.Id == petition.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.SignatureCount, 1200)));
        await app.MilestoneAsync(100, new DateTime(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc), campaignId: petition.Id);
        await app.MilestoneAsync(1000, new DateTime(2026, 4, 9, 10, 0, 0, DateTimeKind.Utc), campaignId: petition.Id);

        var page = await _browser.GetDocumentAsync($"/campaigns/{petition.Slug}/tracking");

        Assert.Equal("Next milestone: 2,500", page.QuerySelector(".next-milestone").Text());
        Assert.Equal(["1,000 reached on 9 April 2026", "100 reached on 2 March 2026"],
            page.QuerySelectorAll(".milestones li").Select(li => li.Text()));
    }

    [Fact]
    public async Task Case_tracking_adds_up_petitions_and_letters_and_shows_the_latest_updates()
    {
        var petition = await app.Seed.PetitionAsync();
        var letter = await app.Seed.PetitionAsync(c => c.Kind = CampaignKind.AppealLetter);
        var draft = await app.Seed.PetitionAsync(c => c.Status = CampaignStatus.Draft);
        var person = await app.CaseAsync("Wang Bingzhang", petition, letter, draft);
        await app.SignersAsync(petition, new Signer(), new Signer(Kind: SignerKind.Organisation));
        await app.SignersAsync(letter, new Signer("CN"), new Signer("CN"), new Signer("FR"));
        await app.SignersAsync(draft, new Signer());
        for (var day = 1; day <= 6; day++)
        {
            await app.UpdateAsync(person, new DateOnly(2025, 1, day), $"Update {day}", "Daily News", "https://news.example/item");
        }

        var page = await _browser.GetDocumentAsync($"/cases/{person.Slug}/tracking");

        Assert.Equal("Tracking: Wang Bingzhang (王炳章)", page.QuerySelector("h1").Text());
        Assert.Equal("1", Figure(page, "signatures"));
        Assert.Equal("3", Figure(page, "letters"));
        Assert.Equal("4", Figure(page, "individuals"));
        Assert.Equal("1", Figure(page, "organisations"));
        Assert.Equal(2, page.QuerySelectorAll("#campaigns-heading + table tbody tr").Length);
        var updates = page.QuerySelectorAll(".updates li").Select(li => li.Text()).ToList();
        Assert.Equal(5, updates.Count);
        Assert.StartsWith("6 January 2025: Update 6 (Source: Daily News", updates[0]);
        Assert.Equal("https://news.example/item", page.QuerySelector(".updates a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task No_signer_name_email_or_town_appears_on_the_tracking_pages()
    {
        var petition = await app.Seed.PetitionAsync();
        var person = await app.CaseAsync("Li Yuan", petition);
        await app.SignersAsync(petition, new Signer("GB", City: "Tobermory-unique-town", Name: "Zebedee Quillfeather"));
        var emails = await app.WithDbAsync(db => Task.FromResult(db.Signatures.Where(s => s.CampaignId == petition.Id).Select(s => s.Email).ToList()));

        foreach (var path in new[] { $"/campaigns/{petition.Slug}/tracking", $"/cases/{person.Slug}/tracking" })
        {
            var html = await _browser.GetStringAsync(path);
            Assert.Contains("United Kingdom", html);
            Assert.DoesNotContain("Zebedee", html);
            Assert.DoesNotContain("Quillfeather", html);
            Assert.DoesNotContain("Tobermory", html);
            Assert.DoesNotContain(emails[0], html);
            Assert.DoesNotContain("@example.org", html);
        }
    }

    [Fact]
    public async Task Unknown_campaigns_cases_and_drafts_have_no_tracking_page()
    {
        var draft = await app.Seed.PetitionAsync(c => c.Status = CampaignStatus.Draft);

        Assert.Equal(HttpStatusCode.NotFound, (await _browser.GetAsync("/campaigns/no-such-campaign/tracking")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _browser.GetAsync("/cases/no-such-case/tracking")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _browser.GetAsync($"/campaigns/{draft.Slug}/tracking")).StatusCode);
    }

    private static string Row(AngleSharp.Dom.IElement row) => string.Join(" | ", row.QuerySelectorAll("td").Select(td => td.Text()));

    private static string Figure(IHtmlDocument page, string name) => page.QuerySelector($"[data-live={name}]").Text();
}

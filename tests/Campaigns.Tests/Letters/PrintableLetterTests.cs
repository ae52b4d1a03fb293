using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Campaigns.Tests.Infrastructure;

namespace Campaigns.Tests.Letters;

public class PrintableLetterTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    private const string Body = "{salutation},\n\nWe ask you to release **Dr. Wang Bingzhang**, {target_title}.\n\nYours sincerely,\n\n{supporter_name}";

    private async Task<(HttpClient Organizer, string Slug)> SignOnLetterAsync()
    {
        var organizer = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        var slug = await app.PublishedLetterAsync(organizer, "signOnLetter", Body, new { letterSubject = "Free Dr. Wang", letterDate = "2022-08-28" });
        var family = (await organizer.AddGroupAsync(slug, new { name = "Dr. Wang's family: children" })).GetProperty("id").GetString()!;
        await organizer.AddSignatoryAsync(slug, family, new { name = "Ti-Anna Wang" });
        return (organizer, slug);
    }

    [Fact]
    public async Task Printable_letter_has_a_page_per_target_with_address_block_salutation_body_and_signatories()
    {
        var (_, slug) = await SignOnLetterAsync();

        var page = await app.CreatePageClient().GetDocumentAsync($"/campaigns/{slug}/letter");

        var copies = page.QuerySelectorAll("article.printed-letter");
        Assert.Equal(2, copies.Length);
        var first = copies[0];
        Assert.StartsWith("Organisation ", first.QuerySelector(".letterhead").Text());
        Assert.Equal("28 August 2022", first.QuerySelector(".letter-date").Text());
        Assert.Equal(["Wang Yi", "Minister", "Wang Yi's office", "1 Chang'an Avenue", "Beijing 100000", "China"],
            first.QuerySelector("address.postal-address")!.InnerHtml.Split("<br>").Select(l => l.Trim()).Where(l => l.Length > 0).Select(System.Net.WebUtility.HtmlDecode));
        var body = first.QuerySelector(".letter-body")!;
        Assert.Contains("Dear Minister Wang Yi,", body.Text());
        Assert.Equal("Dr. Wang Bingzhang", body.QuerySelector("strong").Text());
        Assert.Contains("The undersigned", body.Text());
        Assert.Contains("Ti-Anna Wang", first.QuerySelector(".letter-signatories").Text());
        Assert.Contains("Dear Premier Li Qiang,", copies[1].Text());
    }

    [Fact]
    public async Task Printable_letter_for_one_target_has_only_that_page()
    {
        var (_, slug) = await SignOnLetterAsync();
        var targetId = await app.WithDbAsync(db => Task.FromResult(db.Campaigns.Where(c => c.Slug == slug)
            .SelectMany(c => c.Targets).OrderBy(t => t.Position).Select(t => t.TargetId).Last()));

        var page = await app.CreatePageClient().GetDocumentAsync($"/campaigns/{slug}/letter?target={targetId}");
        var unknown = await app.CreatePageClient().GetAsync($"/campaigns/{slug}/letter?target={Guid.NewGuid()}");

        Assert.Contains("Li Qiang", page.QuerySelector("article.printed-letter address").Text());
        Assert.Single(page.QuerySelectorAll("article.printed-letter"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Signatories_csv_lists_groups_listed_and_online_signers_with_a_bom_and_no_formulas()
    {
        var (organizer, slug) = await SignOnLetterAsync();
        var email = Emails.Unique();
        await app.SignAndConfirmAsync(slug, new SignatureRequest(email, Name: "Anna Bell", City: "=HYPERLINK(\"x\")"));

        var response = await organizer.GetAsync($"/api/organizer/campaigns/{slug}/signatories.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var lines = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("group,source,name,is_organisation,organisation_name,organisation_domain,role,country,city,email", lines[0]);
        Assert.StartsWith("Dr. Wang's family: children,listed,Ti-Anna Wang,no", lines[1]);
        Assert.Contains("online,Anna Bell,no", lines[2]);
        Assert.Contains(",\"'=HYPERLINK(\"\"x\"\")\",", lines[2]);
        Assert.Contains(email, lines[2]);
    }

    [Fact]
    public async Task Petitions_have_no_printable_letter_and_strangers_get_no_signatories_csv()
    {
        var (_, slug) = await SignOnLetterAsync();
        var petition = await app.Seed.PetitionAsync();
        var stranger = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());

        var printable = await app.CreatePageClient().GetAsync($"/campaigns/{petition.Slug}/letter");
        var csv = await stranger.GetAsync($"/api/organizer/campaigns/{slug}/signatories.csv");

        Assert.Equal(HttpStatusCode.NotFound, printable.StatusCode);
        await Problems.AssertProblemAsync(csv, HttpStatusCode.Forbidden);
    }
}

using System.Net;
using AngleSharp.Html.Dom;
using Campaigns.Tests.Accounts;
using Campaigns.Tests.Cases;
using Campaigns.Tests.Comments;
using Campaigns.Tests.Infrastructure;
using Campaigns.Tests.Tracking;
using Campaigns.Web.Domain;
using SkiaSharp;

namespace Campaigns.Tests.Posters;

/// <summary>A campaign's printable poster, on each database the app runs on.</summary>
public abstract class PosterTests(CampaignsAppFactory app)
{
    private readonly HttpClient _visitor = app.CreatePageClient();

    [Fact]
    public async Task Poster_prints_the_title_the_count_and_a_QR_code_to_the_campaign()
    {
        var petition = await app.Seed.PetitionAsync(c => c.Title = "Free Wang Bingzhang");
        await app.SignersAsync(petition, [.. Enumerable.Repeat(new Signer(), 1234)]);

        var poster = await _visitor.GetDocumentAsync($"/campaigns/{petition.Slug}/poster");

        Assert.Equal("Free Wang Bingzhang", poster.QuerySelector(".poster .poster-title")!.TextContent);
        Assert.Equal("1,234 people have signed", poster.QuerySelector(".poster-count")!.TextContent);
        var address = $"{app.PublicBaseUrl}/campaigns/{petition.Slug}?lang=en";
        Assert.Equal(address, poster.QuerySelector(".poster-address")!.TextContent);
        var qr = poster.QuerySelector(".poster-qr[role=img] svg")!;
        Assert.Equal(address, qr.QuerySelector("title")!.TextContent);
        Assert.Equal("QR code for the link to this campaign", poster.QuerySelector(".poster-qr")!.GetAttribute("aria-label"));
        Assert.NotNull(poster.QuerySelector("link[rel=stylesheet][href^='/css/poster.css']"));
    }

    [Fact]
    public async Task Poster_shows_each_person_s_photo_or_their_initials_when_there_is_none()
    {
        var owner = await app.Seed.OrganizerAsync();
        var petition = await app.Seed.PetitionAsync(owner: owner);
        var pictured = await app.CaseAsync("Huang Xueqin", petition);
        await app.CaseAsync("Wang Jianbing", petition);
        var organizer = await app.Seed.ClientForAsync(owner);
        (await organizer.UploadPhotoAsync(pictured.Slug, TestPhotos.Solid(600, 800, TestPhotos.Blue, SKEncodedImageFormat.Jpeg), "huang.jpg")).EnsureSuccessStatusCode();

        var poster = await _visitor.GetDocumentAsync($"/campaigns/{petition.Slug}/poster");

        var people = poster.QuerySelectorAll(".poster-people li").ToList();
        Assert.Equal(2, people.Count);
        var photo = people[0].QuerySelector("img.poster-portrait")!;
        Assert.Equal("Huang Xueqin", photo.GetAttribute("alt"));
        Assert.StartsWith($"/cases/{pictured.Slug}/photo?v=", photo.GetAttribute("src"));
        Assert.Equal(HttpStatusCode.OK, (await _visitor.GetAsync(photo.GetAttribute("src"))).StatusCode);
        var initials = people[1].QuerySelector(".poster-initials")!;
        Assert.Equal("WJ", initials.TextContent);
        Assert.Equal("Wang Jianbing", initials.GetAttribute("aria-label"));
        Assert.Contains("Wang Jianbing", people[1].QuerySelector(".poster-name")!.TextContent);
        Assert.Null(people[1].QuerySelector("img"));
    }

    [Fact]
    public async Task Poster_count_is_the_counted_total_with_the_figures_from_before_this_site()
    {
        var petition = await app.Seed.PetitionAsync(c => { c.OfflineCount = 5000; c.SignatureCount = 5000; });
        await app.SignersAsync(petition, new Signer(), new Signer());

        var poster = await _visitor.GetDocumentAsync($"/campaigns/{petition.Slug}/poster");

        Assert.Equal("5,002 people have signed", poster.QuerySelector(".poster-count")!.TextContent);
        Assert.Equal($"Counted on {app.Clock.UtcNow:d MMMM yyyy}.", poster.QuerySelector(".poster-counted")!.TextContent);
    }

    [Fact]
    public async Task Poster_keeps_the_campaign_s_own_title_and_words_the_rest_in_the_reader_s_language()
    {
        var petition = await app.Seed.PetitionAsync(c => { c.Title = "释放王炳章"; c.Language = "zh-Hans"; });
        await app.WithDbAsync(async db =>
        {
            db.CampaignTranslations.Add(new CampaignTranslation { CampaignId = petition.Id, Language = "en", Title = "Free Wang Bingzhang", Summary = "Summary", Body = "Body" });
            await db.SaveChangesAsync();
        });
        await app.SignersAsync(petition, new Signer(), new Signer(), new Signer());

        var poster = await _visitor.GetDocumentAsync($"/campaigns/{petition.Slug}/poster?lang=zh-Hant");
        var english = await _visitor.GetDocumentAsync($"/campaigns/{petition.Slug}/poster?lang=en");

        Assert.Equal("zh-Hans", poster.QuerySelector("article.poster")!.GetAttribute("lang"));
        Assert.Equal("释放王炳章", poster.QuerySelector(".poster-title")!.TextContent);
        Assert.Equal("释放王炳章", english.QuerySelector(".poster-title")!.TextContent);
        Assert.Equal("zh-Hant", poster.QuerySelector(".poster-action")!.GetAttribute("lang"));
        Assert.Contains("掃描 QR 碼，加入連署。", poster.QuerySelector(".poster-join")!.TextContent);
        Assert.EndsWith("?lang=zh-Hant", poster.QuerySelector(".poster-address")!.TextContent);
    }

    [Fact]
    public async Task Drafts_and_unknown_campaigns_have_no_poster()
    {
        var draft = await app.Seed.PetitionAsync(c => c.Status = CampaignStatus.Draft);

        Assert.Equal(HttpStatusCode.NotFound, (await _visitor.GetAsync($"/campaigns/{draft.Slug}/poster")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _visitor.GetAsync("/campaigns/no-such-campaign/poster")).StatusCode);
    }

    [Fact]
    public async Task Supporters_and_organizers_find_the_poster_from_their_pages()
    {
        var owner = await app.Seed.OrganizerAsync();
        var petition = await app.Seed.PetitionAsync(owner: owner);
        var poster = $"/campaigns/{petition.Slug}/poster";

        var campaignPage = await _visitor.GetDocumentAsync($"/campaigns/{petition.Slug}");
        var organizerPage = await (await app.SignedInBrowserAsync(owner)).GetPageAsync($"/organizer/campaigns/{petition.Slug}");

        Assert.Equal("Print a poster of this campaign", Link(campaignPage, poster));
        Assert.Equal("Print a poster of this campaign", Link(organizerPage, poster));
    }

    private static string Link(IHtmlDocument page, string href) => page.QuerySelector($"a[href='{href}']")!.TextContent;
}

public sealed class PosterOnTheConfiguredDatabaseTests(CampaignsAppFactory app) : PosterTests(app), IClassFixture<CampaignsAppFactory>;

public sealed class PosterOnSqliteTests(EmbeddedDatabaseAppFactory app) : PosterTests(app), IClassFixture<EmbeddedDatabaseAppFactory>;

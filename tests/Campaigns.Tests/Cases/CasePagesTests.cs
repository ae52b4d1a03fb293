using System.Net;
using Campaigns.Tests.Accounts;
using Campaigns.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Cases;

public class CasePagesTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task Organizer_creates_a_case_adds_a_sourced_update_and_the_public_page_shows_it()
    {
        var browser = await SignedInAsync();
        var name = $"Wang Bingzhang {Guid.NewGuid():N}"[..24];

        var created = await browser.SubmitFormAsync("/organizer/cases/new", "/organizer/cases/new", new Dictionary<string, string>
        {
            ["Name"] = name, ["NativeName"] = "王炳章", ["Country"] = "CN", ["Status"] = "Detained", ["DetainedSince"] = "2002-06-27",
            ["Biography"] = "Founder of *China Spring*.",
        });
        var manage = created.Headers.Location!.OriginalString;
        var slug = manage.Split('/').Last();
        var added = await browser.SubmitFormAsync(manage, $"/organizer/cases/{slug}/updates", new Dictionary<string, string>
        {
            ["Update.Date"] = "2023-09-21", ["Update.Summary"] = "He looked very weak and thin.",
            ["Update.SourceName"] = "Radio Free Asia", ["Update.SourceUrl"] = "https://www.rfa.org/english/",
        });
        var page = await app.CreateClient().GetDocumentAsync($"/cases/{slug}");
        var source = page.QuerySelector("#timeline a");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains(name, page.QuerySelector("h1").Text());
        Assert.Equal("王炳章", page.QuerySelector("#native-name").Text());
        Assert.Contains("27 June 2002", page.QuerySelector("#detained-since").Text());
        Assert.Contains("years", page.QuerySelector("#detained-since").Text());
        Assert.Contains("He looked very weak and thin.", page.QuerySelector("#timeline").Text());
        Assert.Equal(("Radio Free Asia", "noopener noreferrer nofollow"), (source.Text(), source!.GetAttribute("rel")));
        Assert.NotNull(page.QuerySelector($"a[href='/cases/{slug}/follow']"));
        Assert.NotNull(page.QuerySelector($"a[href='/cases/{slug}/tracking']"));
        Assert.Equal("em", page.QuerySelector(".body-text em")?.LocalName);
    }

    [Fact]
    public async Task The_form_comes_back_with_the_message_when_detained_since_is_in_the_future()
    {
        var browser = await SignedInAsync();
        var name = $"Future Case {Guid.NewGuid():N}"[..20];
        var future = DateOnly.FromDateTime(app.Clock.UtcNow).AddYears(1).ToString("yyyy-MM-dd");

        var response = await browser.SubmitFormAsync("/organizer/cases/new", "/organizer/cases/new", new Dictionary<string, string>
        {
            ["Name"] = name, ["Status"] = "Detained", ["DetainedSince"] = future,
        });
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Detained since cannot be in the future.", page.QuerySelector(".errors").Text());
        Assert.Equal(name, page.QuerySelector("input[name=Name]")!.GetAttribute("value"));
        Assert.False(await app.WithDbAsync(db => db.Cases.AnyAsync(c => c.Name == name)));
    }

    [Fact]
    public async Task Uploading_a_text_file_as_a_photo_on_the_page_shows_the_reason()
    {
        var browser = await SignedInAsync();
        var created = await browser.SubmitFormAsync("/organizer/cases/new", "/organizer/cases/new", new Dictionary<string, string>
        {
            ["Name"] = $"Photo Case {Guid.NewGuid():N}"[..19], ["Status"] = "Unknown",
        });
        var manage = created.Headers.Location!.OriginalString;
        var document = await browser.GetDocumentAsync(manage);
        var token = document.QuerySelector("#photo input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent("not an image"u8.ToArray()), "photo", "holiday.jpg" },
        };

        var response = await browser.PostAsync($"{manage}/photo", form);
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The photo must be a JPEG or PNG image.", page.QuerySelector(".errors").Text());
        Assert.NotNull(page.QuerySelector(".portrait-none"));
    }

    [Fact]
    public async Task The_public_list_finds_a_case_by_its_native_name_without_javascript()
    {
        var browser = await SignedInAsync();
        var tag = Guid.NewGuid().ToString("N")[..6];
        await browser.SubmitFormAsync("/organizer/cases/new", "/organizer/cases/new", new Dictionary<string, string>
        {
            ["Name"] = $"Huang Xueqin {tag}", ["NativeName"] = $"黄雪琴{tag}", ["Status"] = "Detained", ["Country"] = "CN",
        });

        var page = await app.CreateClient().GetDocumentAsync($"/cases?q={Uri.EscapeDataString("雪琴" + tag)}&status=Detained&country=CN");

        Assert.Equal([$"Huang Xueqin {tag}"], page.QuerySelectorAll(".case-item h2 a").Select(a => a.Text()));
    }

    [Fact]
    public async Task Searching_the_list_by_a_status_that_does_not_exist_says_so_and_lists_every_status()
    {
        var page = await app.CreateClient().GetDocumentAsync("/cases?status=imprisoned");

        Assert.Equal("There is no such status; the list shows people of every status.", page.QuerySelector("#search-error").Text().Trim());
        Assert.Null(page.QuerySelector("select[name=status] option[selected]"));
    }

    [Fact]
    public async Task The_form_comes_back_with_the_message_when_the_status_is_unknown()
    {
        var browser = await SignedInAsync();
        var name = $"Status Case {Guid.NewGuid():N}"[..20];

        var response = await browser.SubmitFormAsync("/organizer/cases/new", "/organizer/cases/new", new Dictionary<string, string>
        {
            ["Name"] = name, ["Status"] = "Imprisoned",
        });
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Status must be one of: Detained, Released, Deceased, Unknown.", page.QuerySelector(".errors").Text());
        Assert.False(await app.WithDbAsync(db => db.Cases.AnyAsync(c => c.Name == name)));
    }

    private async Task<HttpClient> SignedInAsync()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var browser = app.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(organizer.Email, organizer.Password)).StatusCode);
        return browser;
    }
}

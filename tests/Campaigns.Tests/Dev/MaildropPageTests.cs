using System.Net;
using Campaigns.Tests.Infrastructure;

namespace Campaigns.Tests.Dev;

/// <summary>In development, mail goes to a folder; the maildrop page lets a newcomer follow the links in it.</summary>
public class MaildropPageTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    private readonly HttpClient _browser = app.CreatePageClient();

    [Fact]
    public async Task Maildrop_lists_the_confirmation_email_and_shows_its_link()
    {
        var petition = await app.Seed.PetitionAsync();
        var email = Emails.Unique();
        await app.CreateClient().SignAsync(petition.Slug, new SignatureRequest(email));
        await app.DrainOutboxAsync();

        var list = await _browser.GetDocumentAsync("/dev/maildrop");
        var entry = list.QuerySelectorAll("tr").Single(row => row.TextContent.Contains(email));
        var message = await _browser.GetDocumentAsync(entry.QuerySelector("a")!.GetAttribute("href")!);

        Assert.Contains(message.QuerySelectorAll("a"), a => a.GetAttribute("href")!.Contains("/confirm/"));
    }

    [Fact]
    public async Task Maildrop_refuses_paths_outside_its_folder()
    {
        var response = await _browser.GetAsync("/dev/maildrop/..%2Fcampaigns.db");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

using Campaigns.Tests.Infrastructure;
using Campaigns.Tests.Letters;

namespace Campaigns.Tests.Fingerprints;

public sealed class HandOverPackTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    private const string Body = "{salutation},\n\nWe ask you to release Dr. Wang Bingzhang.\n\nYours sincerely,\n\n{supporter_name}";

    [Fact]
    public async Task The_printed_letter_carries_the_latest_fingerprint_with_its_day_and_count()
    {
        var organizer = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        var slug = await app.PublishedLetterAsync(organizer, "signOnLetter", Body, new { letterSubject = "Free Dr. Wang" });
        var unprinted = await app.CreatePageClient().GetDocumentAsync($"/campaigns/{slug}/letter");
        app.NextDay();
        var day = app.Today().AddDays(-1);
        await app.FingerprintAsync();

        var printed = await app.CreatePageClient().GetDocumentAsync($"/campaigns/{slug}/letter");

        Assert.Null(unprinted.QuerySelector(".printed-fingerprint"));
        var link = (await app.PublishedAsync(slug)).GetProperty("days")[0].GetProperty("link").GetString();
        var fingerprint = printed.QuerySelectorAll("article.printed-letter")[0].QuerySelector(".printed-fingerprint");
        Assert.Contains($"On {day:yyyy-MM-dd} (UTC), 0 signatures had been confirmed online.", fingerprint.Text());
        Assert.Equal(link, fingerprint!.QuerySelector("code").Text());
        Assert.Contains($"/campaigns/{slug}/fingerprints", fingerprint.Text());
    }
}

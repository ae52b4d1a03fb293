using Campaigns.Tests.Infrastructure;
using Microsoft.Extensions.Logging;
using SkiaSharp;

namespace Campaigns.Tests.Sharing;

public class ShareCardFontsTests
{
    [Fact]
    public async Task Without_any_font_file_the_share_card_is_still_a_png_and_operators_are_warned_once()
    {
        var logs = new CapturedLogs();
        await using var factory = CampaignsAppFactory.Create(new AppOptions
        {
            Settings = new Dictionary<string, string> { ["Sharing:FontFiles:0"] = "/nonexistent/font.ttf" },
        });
        await using var app = factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        var petition = await factory.Seed.PetitionAsync();
        var client = app.CreateClient();

        var first = await client.GetByteArrayAsync($"/c/{petition.Slug}/card.png");
        await client.GetByteArrayAsync($"/c/{petition.Slug}/card.png?again=1");

        using var card = SKBitmap.Decode(first);
        Assert.Equal((1200, 630), (card.Width, card.Height));
        Assert.Single(logs.Warnings, w => w.Contains("share card font"));
    }
}

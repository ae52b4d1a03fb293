using System.Net;
using System.Net.Http.Headers;
using Campaigns.Tests.Infrastructure;
using Campaigns.Tests.Organizer;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;
using static Campaigns.Tests.Cases.TestPhotos;

namespace Campaigns.Tests.Cases;

public class CasePhotoTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    // The fixtures are a 1200x900 gradient: red grows left to right, green top to bottom, blue stays at 128.
    [Theory]
    [InlineData("gradient-with-gps.jpg")]
    [InlineData("progressive.jpg")]
    public async Task A_camera_jpeg_baseline_or_progressive_is_shrunk_to_800_pixels_and_served_as_jpeg_without_its_gps_metadata(string fixture)
    {
        var (client, slug) = await app.OrganizerCaseAsync();
        var original = await File.ReadAllBytesAsync(CaseSteps.FixturePath(fixture));

        var uploaded = await (await client.UploadPhotoAsync(slug, original, "portrait.jpg")).JsonAsync();
        var served = await app.CreateClient().GetAsync(uploaded.GetProperty("photoUrl").GetString());
        var bytes = await served.Content.ReadAsByteArrayAsync();

        Assert.Contains("GPS-SECRET", Ascii(original));
        Assert.Contains("FFE1", MetadataSegments(original));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/jpeg", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal((800, 600), SizeOf(bytes));
        using var decoded = Decode(bytes);
        AssertColour(decoded, 400, 300, new SKColor(127, 127, 128));
        AssertColour(decoded, 799, 0, new SKColor(255, 0, 128));
        Assert.DoesNotContain("GPS-SECRET", Ascii(bytes));
        Assert.Empty(MetadataSegments(bytes));
        Assert.Contains("immutable", served.Headers.CacheControl!.ToString());
        Assert.NotNull(served.Headers.ETag);
    }

    [Fact]
    public async Task A_png_sent_as_the_raw_body_is_resized_and_a_repeat_request_is_answered_from_the_browser_cache()
    {
        var (client, slug) = await app.OrganizerCaseAsync();
        var body = new ByteArrayContent(Solid(1000, 2000, new SKColor(200, 200, 200), SKEncodedImageFormat.Png));
        body.Headers.ContentType = new MediaTypeHeaderValue("image/png");

        var uploaded = await (await client.PutAsync($"/api/organizer/cases/{slug}/photo", body)).JsonAsync();
        var anyone = app.CreateClient();
        var first = await anyone.GetAsync(uploaded.GetProperty("photoUrl").GetString());
        var again = new HttpRequestMessage(HttpMethod.Get, uploaded.GetProperty("photoUrl").GetString());
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        Assert.Equal((400, 800), SizeOf(await first.Content.ReadAsByteArrayAsync()));
        Assert.Equal(HttpStatusCode.NotModified, (await anyone.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task A_webp_photo_is_accepted_and_stored_as_jpeg()
    {
        var (client, slug) = await app.OrganizerCaseAsync();

        var uploaded = await (await client.UploadPhotoAsync(slug, Halves(1000, 500, SKEncodedImageFormat.Webp), "portrait.webp", "image/webp")).JsonAsync();
        var served = await app.CreateClient().GetAsync(uploaded.GetProperty("photoUrl").GetString());
        var bytes = await served.Content.ReadAsByteArrayAsync();

        Assert.Equal("image/jpeg", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal((800, 400), SizeOf(bytes));
        using var decoded = Decode(bytes);
        AssertColour(decoded, 100, 200, Red);
        AssertColour(decoded, 700, 200, Blue);
    }

    [Fact]
    public async Task A_phone_photo_saved_sideways_is_stored_upright_and_the_turn_is_not_left_in_the_file()
    {
        var (client, slug) = await app.OrganizerCaseAsync();
        var sideways = WithExifOrientation(Halves(300, 200, SKEncodedImageFormat.Jpeg), orientation: 6);

        var uploaded = await (await client.UploadPhotoAsync(slug, sideways, "phone.jpg")).JsonAsync();
        var bytes = await app.CreateClient().GetByteArrayAsync(uploaded.GetProperty("photoUrl").GetString());
        var stored = await app.WithDbAsync(db => db.CasePhotos.SingleAsync(p => db.Cases.Any(c => c.Slug == slug && c.Id == p.CaseId)));

        Assert.Equal((200, 300), (stored.Width, stored.Height));
        Assert.Equal((200, 300), SizeOf(bytes));
        using var decoded = Decode(bytes);
        AssertColour(decoded, 100, 60, Red);
        AssertColour(decoded, 100, 240, Blue);
        Assert.Empty(MetadataSegments(bytes));
    }

    [Fact]
    public async Task A_small_photo_is_not_enlarged()
    {
        var (client, slug) = await app.OrganizerCaseAsync();

        var uploaded = await (await client.UploadPhotoAsync(slug, Halves(320, 240, SKEncodedImageFormat.Png), "small.png", "image/png")).JsonAsync();

        Assert.Equal((320, 240), SizeOf(await app.CreateClient().GetByteArrayAsync(uploaded.GetProperty("photoUrl").GetString())));
    }

    [Fact]
    public async Task A_photo_over_5_mb_is_refused_as_too_large_and_nothing_is_stored()
    {
        var (client, slug) = await app.OrganizerCaseAsync();
        var huge = new byte[5 * 1024 * 1024 + 10];
        Solid(2, 2, SKColors.Gray, SKEncodedImageFormat.Png).CopyTo(huge, 0);

        var response = await client.UploadPhotoAsync(slug, huge, "huge.png");

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("at most 5 MB", problem.GetProperty("detail").GetString());
        Assert.False(await app.HasPhotoAsync(slug));
    }
}

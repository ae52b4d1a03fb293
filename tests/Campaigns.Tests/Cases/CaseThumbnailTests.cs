using System.Net;
using Campaigns.Tests.Infrastructure;
using Campaigns.Tests.Organizer;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;
using static Campaigns.Tests.Cases.TestPhotos;

namespace Campaigns.Tests.Cases;

public class CaseThumbnailTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task The_case_list_shows_a_small_thumbnail_and_the_profile_the_full_photo()
    {
        var (client, slug) = await app.OrganizerCaseAsync();
        var original = await File.ReadAllBytesAsync(CaseSteps.FixturePath("gradient-with-gps.jpg"));

        var uploaded = await (await client.UploadPhotoAsync(slug, original, "portrait.jpg")).JsonAsync();
        var thumbnailUrl = uploaded.GetProperty("thumbnailUrl").GetString()!;
        var anyone = app.CreateClient();
        var thumbnail = await anyone.GetAsync(thumbnailUrl);
        var bytes = await thumbnail.Content.ReadAsByteArrayAsync();
        var name = uploaded.GetProperty("name").GetString()!;
        var list = await anyone.GetDocumentAsync($"/cases?q={Uri.EscapeDataString(name)}");
        var profile = await anyone.GetDocumentAsync($"/cases/{slug}");

        Assert.Equal(HttpStatusCode.OK, thumbnail.StatusCode);
        Assert.Equal("image/jpeg", thumbnail.Content.Headers.ContentType?.MediaType);
        Assert.Equal((160, 120), SizeOf(bytes));
        Assert.True(bytes.Length < 12 * 1024, $"The thumbnail takes {bytes.Length} bytes.");
        using var decoded = Decode(bytes);
        AssertColour(decoded, 80, 60, new SKColor(127, 127, 128));
        Assert.DoesNotContain("GPS-SECRET", Ascii(bytes));
        Assert.Contains("immutable", thumbnail.Headers.CacheControl!.ToString());
        Assert.Equal(thumbnailUrl, list.QuerySelector(".case-item img.portrait")!.GetAttribute("src"));
        Assert.Equal(uploaded.GetProperty("photoUrl").GetString(), profile.QuerySelector("img.portrait")!.GetAttribute("src"));
    }

    [Fact]
    public async Task A_new_photo_gets_a_new_thumbnail_and_a_removed_one_none()
    {
        var (client, slug) = await app.OrganizerCaseAsync();
        var anyone = app.CreateClient();

        var red = await (await client.UploadPhotoAsync(slug, Solid(400, 400, Red, SKEncodedImageFormat.Png), "red.png", "image/png")).JsonAsync();
        using var first = Decode(await anyone.GetByteArrayAsync(red.GetProperty("thumbnailUrl").GetString()));
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var blue = await (await client.UploadPhotoAsync(slug, Solid(400, 400, Blue, SKEncodedImageFormat.Png), "blue.png", "image/png")).JsonAsync();
        using var second = Decode(await anyone.GetByteArrayAsync(blue.GetProperty("thumbnailUrl").GetString()));
        await client.DeleteAsync($"/api/organizer/cases/{slug}/photo");

        AssertColour(first, 80, 80, Red);
        AssertColour(second, 80, 80, Blue);
        Assert.NotEqual(red.GetProperty("thumbnailUrl").GetString(), blue.GetProperty("thumbnailUrl").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync(blue.GetProperty("thumbnailUrl").GetString())).StatusCode);
    }

    [Fact]
    public async Task A_photo_is_stored_with_its_thumbnail_which_is_what_the_list_is_served()
    {
        var (client, slug) = await app.OrganizerCaseAsync();

        var uploaded = await (await client.UploadPhotoAsync(slug, Halves(800, 600, SKEncodedImageFormat.Jpeg), "portrait.jpg")).JsonAsync();
        var stored = await app.StoredThumbnailAsync(slug);
        var thumbnailUrl = uploaded.GetProperty("thumbnailUrl").GetString()!;
        var anyone = app.CreateClient();
        var served = await anyone.GetAsync(thumbnailUrl);
        using var again = new HttpRequestMessage(HttpMethod.Get, thumbnailUrl) { Headers = { IfNoneMatch = { served.Headers.ETag! } } };

        Assert.NotNull(stored);
        Assert.Equal((160, 120), SizeOf(stored));
        Assert.Equal(stored, await served.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotModified, (await anyone.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task A_photo_stored_before_thumbnails_were_gets_its_thumbnail_stored_by_its_first_requests()
    {
        var (client, slug) = await app.OrganizerCaseAsync();
        await StoreAsBeforeThumbnailsAsync(slug, Halves(800, 600, SKEncodedImageFormat.Jpeg), "image/jpeg");
        var before = await app.StoredThumbnailAsync(slug);
        var thumbnailUrl = (await (await client.GetAsync($"/api/cases/{slug}")).JsonAsync()).GetProperty("thumbnailUrl").GetString()!;
        var anyone = app.CreateClient();

        var firstTwo = await Task.WhenAll(anyone.GetByteArrayAsync(thumbnailUrl), anyone.GetByteArrayAsync(thumbnailUrl));
        var stored = await app.StoredThumbnailAsync(slug);
        var later = await anyone.GetByteArrayAsync(thumbnailUrl);

        Assert.Null(before);
        Assert.NotNull(stored);
        Assert.Equal((160, 120), SizeOf(stored));
        Assert.All(firstTwo, served => Assert.Equal(stored, served));
        Assert.Equal(stored, later);
        using var decoded = Decode(later);
        AssertColour(decoded, 40, 60, Red);
        AssertColour(decoded, 120, 60, Blue);
    }

    [Fact]
    public async Task A_photo_stored_as_png_before_photos_were_stored_as_jpeg_is_still_served_with_a_jpeg_thumbnail()
    {
        var (client, slug) = await app.OrganizerCaseAsync();
        var png = Halves(800, 600, SKEncodedImageFormat.Png);
        await StoreAsBeforeThumbnailsAsync(slug, png, "image/png");

        var shown = await (await client.GetAsync($"/api/cases/{slug}")).JsonAsync();
        var photo = await app.CreateClient().GetAsync(shown.GetProperty("photoUrl").GetString());
        var thumbnail = await app.CreateClient().GetAsync(shown.GetProperty("thumbnailUrl").GetString());

        Assert.Equal("image/png", photo.Content.Headers.ContentType?.MediaType);
        Assert.Equal(png, await photo.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/jpeg", thumbnail.Content.Headers.ContentType?.MediaType);
        Assert.Equal((160, 120), SizeOf(await thumbnail.Content.ReadAsByteArrayAsync()));
    }

    /// <summary>A photo row as the site wrote it before thumbnails were stored.</summary>
    private Task StoreAsBeforeThumbnailsAsync(string slug, byte[] content, string contentType) =>
        app.WithDbAsync(async db =>
        {
            var at = new DateTime(2026, 11, 1, 12, 0, 0, DateTimeKind.Utc);
            var (width, height) = SizeOf(content);
            var person = await db.Cases.SingleAsync(c => c.Slug == slug);
            person.PhotoUpdatedAt = at;
            db.CasePhotos.Add(new CasePhoto { CaseId = person.Id, Content = content, ContentType = contentType, Width = width, Height = height, UpdatedAt = at });
            await db.SaveChangesAsync();
        });
}

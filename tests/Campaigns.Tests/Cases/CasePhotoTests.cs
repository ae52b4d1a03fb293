using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Campaigns.Tests.Infrastructure;
using Campaigns.Tests.Organizer;
using Campaigns.Web.Features.Cases.Photos;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Cases;

public class CasePhotoTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task A_camera_jpeg_is_shrunk_to_800_pixels_and_served_without_its_gps_metadata()
    {
        var (client, slug) = await CaseAsync();
        var original = await File.ReadAllBytesAsync(CaseSteps.FixturePath("gradient-with-gps.jpg"));

        var uploaded = await (await client.PutAsync($"/api/organizer/cases/{slug}/photo", Multipart(original, "portrait.jpg"))).JsonAsync();
        var photoUrl = uploaded.GetProperty("photoUrl").GetString()!;
        var served = await app.CreateClient().GetAsync(photoUrl);
        var bytes = await served.Content.ReadAsByteArrayAsync();

        Assert.Contains("GPS-SECRET", Encoding.ASCII.GetString(original));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal((800, 600), PngSize(bytes));
        var decoded = PngDecoder.Decode(bytes, 1_000_000);
        AssertColour(decoded, 400, 300, (127, 127, 128));
        AssertColour(decoded, 799, 0, (255, 0, 128));
        Assert.DoesNotContain("GPS-SECRET", Encoding.ASCII.GetString(bytes));
        Assert.DoesNotContain("Exif", Encoding.ASCII.GetString(bytes));
        Assert.Contains("immutable", served.Headers.CacheControl!.ToString());
        Assert.NotNull(served.Headers.ETag);
    }

    [Fact]
    public async Task A_png_sent_as_the_raw_body_is_resized_and_a_repeat_request_is_answered_from_the_browser_cache()
    {
        var (client, slug) = await CaseAsync();
        var big = new RgbImage(1000, 2000);
        Array.Fill(big.Pixels, (byte)200);
        var body = new ByteArrayContent(PngEncoder.Encode(big));
        body.Headers.ContentType = new MediaTypeHeaderValue("image/png");

        var uploaded = await (await client.PutAsync($"/api/organizer/cases/{slug}/photo", body)).JsonAsync();
        var anyone = app.CreateClient();
        var first = await anyone.GetAsync(uploaded.GetProperty("photoUrl").GetString());
        var again = new HttpRequestMessage(HttpMethod.Get, uploaded.GetProperty("photoUrl").GetString());
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        Assert.Equal((400, 800), PngSize(await first.Content.ReadAsByteArrayAsync()));
        Assert.Equal(HttpStatusCode.NotModified, (await anyone.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task Text_renamed_to_jpg_is_refused_and_nothing_is_stored()
    {
        var (client, slug) = await CaseAsync();

        var response = await client.PutAsync($"/api/organizer/cases/{slug}/photo",
            Multipart("This is a letter, not a photo."u8.ToArray(), "photo.jpg", "image/jpeg"));

        var messages = await Problems.AssertFieldErrorAsync(response, "photo");
        Assert.StartsWith("The photo must be a JPEG or PNG image.", messages[0]);
        Assert.False(await app.WithDbAsync(db => db.CasePhotos.AnyAsync(p => db.Cases.Any(c => c.Slug == slug && c.Id == p.CaseId))));
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync($"/cases/{slug}/photo")).StatusCode);
    }

    [Fact]
    public async Task A_progressive_jpeg_is_refused_with_a_message_saying_what_to_do()
    {
        var (client, slug) = await CaseAsync();

        var response = await client.PutAsync($"/api/organizer/cases/{slug}/photo",
            Multipart(await File.ReadAllBytesAsync(CaseSteps.FixturePath("progressive.jpg")), "p.jpg"));

        Assert.Contains("standard JPEG or as PNG", (await Problems.AssertFieldErrorAsync(response, "photo"))[0]);
    }

    [Fact]
    public async Task A_photo_over_5_mb_is_refused_as_too_large_and_nothing_is_stored()
    {
        var (client, slug) = await CaseAsync();
        var huge = new byte[5 * 1024 * 1024 + 10];
        PngEncoder.Encode(new RgbImage(2, 2)).CopyTo(huge, 0);

        var response = await client.PutAsync($"/api/organizer/cases/{slug}/photo", Multipart(huge, "huge.png"));

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("at most 5 MB", problem.GetProperty("detail").GetString());
        Assert.False(await app.WithDbAsync(db => db.CasePhotos.AnyAsync(p => db.Cases.Any(c => c.Slug == slug && c.Id == p.CaseId))));
    }

    private async Task<(HttpClient Client, string Slug)> CaseAsync()
    {
        var client = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        return (client, (await client.CreateCaseAsync()).Slug());
    }

    private static MultipartFormDataContent Multipart(byte[] bytes, string fileName, string contentType = "image/jpeg")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, "photo", fileName } };
    }

    // The fixture is a gradient: red grows left to right, green top to bottom, blue stays at 128.
    private static void AssertColour(RgbImage image, int x, int y, (int R, int G, int B) expected)
    {
        var i = (y * image.Width + x) * 3;
        var actual = (R: (int)image.Pixels[i], G: (int)image.Pixels[i + 1], B: (int)image.Pixels[i + 2]);
        Assert.True(Math.Abs(actual.R - expected.R) <= 6 && Math.Abs(actual.G - expected.G) <= 6 && Math.Abs(actual.B - expected.B) <= 6,
            $"Pixel ({x},{y}) is {actual}, expected about {expected}.");
    }

    private static (int Width, int Height) PngSize(byte[] png) =>
        (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
}

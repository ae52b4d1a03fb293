using System.Buffers.Binary;
using System.Net;
using System.Text;
using Campaigns.Tests.Infrastructure;
using Campaigns.Tests.Organizer;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;
using static Campaigns.Tests.Cases.TestPhotos;

namespace Campaigns.Tests.Cases;

public class CasePhotoRefusalTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task Text_renamed_to_jpg_is_refused_and_nothing_is_stored()
    {
        var (client, slug) = await app.OrganizerCaseAsync();

        var response = await client.UploadPhotoAsync(slug, "This is a letter, not a photo."u8.ToArray(), "photo.jpg", "image/jpeg");

        var messages = await Problems.AssertFieldErrorAsync(response, "photo");
        Assert.StartsWith("The photo must be a JPEG or PNG image.", messages[0]);
        Assert.False(await app.HasPhotoAsync(slug));
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync($"/cases/{slug}/photo")).StatusCode);
    }

    [Theory]
    [InlineData("gif", "The photo must be a JPEG or PNG image. GIF files are not accepted; save it as JPEG or PNG.")]
    [InlineData("bmp", "The photo must be a JPEG or PNG image. BMP files are not accepted; save it as JPEG or PNG.")]
    [InlineData("svg", "The photo must be a JPEG or PNG image.")]
    public async Task Other_image_formats_are_refused_with_a_message_saying_what_to_send(string format, string message)
    {
        var (client, slug) = await app.OrganizerCaseAsync();

        var response = await client.UploadPhotoAsync(slug, OtherFormat(format), $"picture.{format}", "image/*");

        Assert.Equal(message, (await Problems.AssertFieldErrorAsync(response, "photo"))[0]);
        Assert.False(await app.HasPhotoAsync(slug));
    }

    [Fact]
    public async Task A_photo_cut_short_in_transfer_is_refused_as_damaged()
    {
        var (client, slug) = await app.OrganizerCaseAsync();
        var whole = Halves(600, 400, SKEncodedImageFormat.Jpeg);

        var response = await client.UploadPhotoAsync(slug, whole[..(whole.Length * 2 / 3)], "cut.jpg");

        Assert.Equal("The photo must be a JPEG or PNG image. The file is cut short or damaged.",
            (await Problems.AssertFieldErrorAsync(response, "photo"))[0]);
        Assert.False(await app.HasPhotoAsync(slug));
    }

    [Fact]
    public async Task A_file_claiming_more_pixels_than_allowed_is_refused_from_its_header_alone()
    {
        var (client, slug) = await app.OrganizerCaseAsync();
        var tiny = Halves(64, 48, SKEncodedImageFormat.Jpeg);

        var claimingTooMany = await client.UploadPhotoAsync(slug, ClaimingSize(tiny, 8000, 6000), "big.jpg");
        var storedAfterRefusal = await app.HasPhotoAsync(slug);
        var claimingFewer = await client.UploadPhotoAsync(slug, ClaimingSize(tiny, 4000, 3000), "big.jpg");

        // The same few bytes of pixel data pass under a smaller claim: only the claimed dimensions were refused.
        Assert.Equal("The photo has too many pixels; use one of at most 40 megapixels.",
            (await Problems.AssertFieldErrorAsync(claimingTooMany, "photo"))[0]);
        Assert.False(storedAfterRefusal);
        Assert.Equal(HttpStatusCode.OK, claimingFewer.StatusCode);
    }

    private static byte[] OtherFormat(string format) => format switch
    {
        "gif" => Convert.FromBase64String("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="),
        "bmp" => Bitmap2x2(),
        _ => Encoding.UTF8.GetBytes("""<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>"""),
    };

    // A 2x2, 24-bit Windows bitmap: file header, info header, and two rows of 6 bytes padded to 8.
    private static byte[] Bitmap2x2()
    {
        var bmp = new byte[70];
        "BM"u8.CopyTo(bmp);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(2), bmp.Length);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(10), 54);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(14), 40);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(18), 2);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(22), 2);
        BinaryPrimitives.WriteInt16LittleEndian(bmp.AsSpan(26), 1);
        BinaryPrimitives.WriteInt16LittleEndian(bmp.AsSpan(28), 24);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(34), 16);
        bmp.AsSpan(54).Fill(0x80);
        return bmp;
    }
}

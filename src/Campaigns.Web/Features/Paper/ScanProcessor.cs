using Campaigns.Web.Features.Cases.Photos;
using Campaigns.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace Campaigns.Web.Features.Paper;

public sealed record ScanOutcome(ProcessedPhoto? Scan, string? Error);

/// <summary>
/// Checks an uploaded sheet is an image by decoding it, and writes it anew as JPEG like case photos: only pixels
/// are kept, so the phone's GPS position and other metadata never reach the database.
/// </summary>
public class ScanProcessor(IOptions<PaperOptions> options, IStringLocalizer<SharedResource> l)
{
    private static readonly SKEncodedImageFormat[] Accepted = [SKEncodedImageFormat.Jpeg, SKEncodedImageFormat.Png, SKEncodedImageFormat.Webp];

    public ScanOutcome Process(byte[] upload)
    {
        var limits = options.Value;
        if (upload.Length > limits.MaxScanBytes)
        {
            return new ScanOutcome(null, TooLarge(l, limits.MaxScanBytes));
        }
        using var data = SKData.CreateCopy(upload);
        using var codec = SKCodec.Create(data);
        if (codec is null || !Accepted.Contains(codec.EncodedFormat))
        {
            return new ScanOutcome(null, l["A scan must be a JPEG, PNG or WebP image."]);
        }
        if ((long)codec.Info.Width * codec.Info.Height > limits.MaxScanPixels)
        {
            return new ScanOutcome(null, l["A scan has too many pixels; use one of at most {0} megapixels.", limits.MaxScanPixels / 1_000_000]);
        }
        return PhotoRendition.Render(codec, limits.ScanLongSide) is { } scan
            ? new ScanOutcome(scan, null)
            : new ScanOutcome(null, l["A scan must be a JPEG, PNG or WebP image. The file is cut short or damaged."]);
    }

    public static string TooLarge(IStringLocalizer<SharedResource> l, int maxBytes) =>
        l["A scan is too large: at most {0} MB.", maxBytes / (1024 * 1024)];
}

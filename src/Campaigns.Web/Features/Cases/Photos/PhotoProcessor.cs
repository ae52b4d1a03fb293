using Campaigns.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace Campaigns.Web.Features.Cases.Photos;

public sealed record ProcessedPhoto(byte[] Content, string ContentType, int Width, int Height);

public sealed record PhotoOutcome(ProcessedPhoto? Photo, ProcessedPhoto? Thumbnail, string? Error, bool TooLarge = false);

/// <summary>
/// Checks an upload is a photo by decoding it (never by its name or declared type), shrinks it, and writes it anew
/// as JPEG, with a thumbnail. Only pixels are kept: EXIF, GPS positions and comments a family's camera added are dropped.
/// </summary>
public class PhotoProcessor(IOptions<CaseOptions> options, IStringLocalizer<SharedResource> l)
{
    private static readonly SKEncodedImageFormat[] Accepted = [SKEncodedImageFormat.Jpeg, SKEncodedImageFormat.Png, SKEncodedImageFormat.Webp];

    public PhotoOutcome Process(byte[] upload)
    {
        var limits = options.Value;
        if (upload.Length > limits.MaxPhotoBytes)
        {
            return new PhotoOutcome(null, null, l["The photo is too large: at most {0} MB.", limits.MaxPhotoBytes / (1024 * 1024)], TooLarge: true);
        }
        using var data = SKData.CreateCopy(upload);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return Refused(l["The photo must be a JPEG or PNG image."]);
        }
        if (!Accepted.Contains(codec.EncodedFormat))
        {
            return Refused(l["The photo must be a JPEG or PNG image. {0} files are not accepted; save it as JPEG or PNG.", codec.EncodedFormat.ToString().ToUpperInvariant()]);
        }
        // Only the header has been read so far: a small file may claim dimensions that would exhaust memory.
        if ((long)codec.Info.Width * codec.Info.Height > limits.MaxPhotoPixels)
        {
            return Refused($"The photo has too many pixels; use one of at most {limits.MaxPhotoPixels / 1_000_000} megapixels.");
        }
        // The thumbnail is made from the stored photo, as for photos stored before thumbnails were, so all look alike.
        return PhotoRendition.Render(codec, limits.PhotoLongSide) is { } photo
            ? new PhotoOutcome(photo, Thumbnail(photo.Content), null)
            : Refused(l["The photo must be a JPEG or PNG image. The file is cut short or damaged."]);
    }

    /// <summary>A small copy of a stored photo (JPEG, or PNG from before photos were stored as JPEG).</summary>
    public ProcessedPhoto? Thumbnail(byte[] stored)
    {
        using var data = SKData.CreateCopy(stored);
        using var codec = SKCodec.Create(data);
        return codec is null ? null : PhotoRendition.Render(codec, options.Value.ThumbnailLongSide);
    }

    private static PhotoOutcome Refused(string message) => new(null, null, message);
}

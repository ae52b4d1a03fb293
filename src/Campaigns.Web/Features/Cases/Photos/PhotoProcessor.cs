using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Cases.Photos;

public sealed record ProcessedPhoto(byte[] Content, string ContentType, int Width, int Height);

public sealed record PhotoOutcome(ProcessedPhoto? Photo, string? Error, bool TooLarge = false);

/// <summary>
/// Checks an upload is a photo by decoding it (never by its name or declared type), shrinks it, and writes
/// it anew. Only pixels are kept: EXIF, GPS positions and comments a family's camera added are dropped.
/// </summary>
public class PhotoProcessor(IOptions<CaseOptions> options)
{
    public const string NotAnImage = "The photo must be a JPEG or PNG image.";

    public PhotoOutcome Process(byte[] upload)
    {
        var limits = options.Value;
        if (upload.Length > limits.MaxPhotoBytes)
        {
            return new PhotoOutcome(null, $"The photo is too large: at most {limits.MaxPhotoBytes / (1024 * 1024)} MB.", TooLarge: true);
        }
        try
        {
            var decoded = Decode(upload, limits.MaxPhotoPixels);
            if (decoded is null)
            {
                return new PhotoOutcome(null, NotAnImage);
            }
            var resized = ImageResizer.Fit(decoded, limits.PhotoLongSide);
            return new PhotoOutcome(new ProcessedPhoto(PngEncoder.Encode(resized), "image/png", resized.Width, resized.Height), null);
        }
        catch (UnreadableImageException e)
        {
            return new PhotoOutcome(null, $"{NotAnImage} {e.Message}");
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentOutOfRangeException or EndOfStreamException or InvalidDataException)
        {
            return new PhotoOutcome(null, $"{NotAnImage} The file is damaged.");
        }
    }

    private static RgbImage? Decode(byte[] upload, int maxPixels)
    {
        if (PngDecoder.IsPng(upload))
        {
            return PngDecoder.Decode(upload, maxPixels);
        }
        if (JpegDecoder.IsJpeg(upload))
        {
            return JpegDecoder.Decode(upload, maxPixels);
        }
        if (upload.Length > 12 && upload.AsSpan(0, 4).SequenceEqual("RIFF"u8) && upload.AsSpan(8, 4).SequenceEqual("WEBP"u8))
        {
            throw new UnreadableImageException("WebP photos cannot be read here yet; save it as JPEG or PNG.");
        }
        return null;
    }
}

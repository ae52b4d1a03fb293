using SkiaSharp;

namespace Campaigns.Web.Features.Cases.Photos;

/// <summary>Decodes a photo, turns it upright, shrinks it to fit a long side (never enlarging it) and encodes it as JPEG.</summary>
public static class PhotoRendition
{
    public const int JpegQuality = 85;
    public const string ContentType = "image/jpeg";

    public static ProcessedPhoto? Render(SKCodec codec, int longSide)
    {
        var decodeSize = DecodeSize(codec, longSide);
        // The ICC profile goes with the rest of the metadata, so colours are converted to the sRGB browsers assume.
        var info = new SKImageInfo(decodeSize.Width, decodeSize.Height, SKImageInfo.PlatformColorType, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        using var decoded = new SKBitmap(info);
        if (codec.GetPixels(info, decoded.GetPixels()) != SKCodecResult.Success)
        {
            return null;
        }
        var upright = Orientation.UprightSize(codec.EncodedOrigin, decodeSize);
        var target = Fit(upright, longSide);
        // Untagged output: pixels already in sRGB, and no ICC profile is written into the JPEG.
        using var output = new SKBitmap(info.WithSize(target.Width, target.Height).WithColorSpace(null));
        using (var canvas = new SKCanvas(output))
        {
            // JPEG has no transparency: transparent parts of a PNG or WebP become white rather than black.
            canvas.Clear(SKColors.White);
            canvas.Scale(target.Width / (float)upright.Width, target.Height / (float)upright.Height);
            canvas.Concat(Orientation.ToUpright(codec.EncodedOrigin, decodeSize));
            using var image = SKImage.FromPixels(decoded.PeekPixels());
            canvas.DrawImage(image, 0, 0, Sampling((double)target.Width / upright.Width), null);
        }
        using var pixels = output.PeekPixels();
        using var jpeg = pixels.Encode(new SKJpegEncoderOptions(JpegQuality, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore))
            ?? throw new InvalidOperationException("The JPEG encoder refused a decoded photo.");
        return new ProcessedPhoto(jpeg.ToArray(), ContentType, target.Width, target.Height);
    }

    /// <summary>
    /// JPEG (and WebP) can be decoded straight to a fraction of their size, many times faster than in full:
    /// the smallest fraction that still covers the long side is used.
    /// </summary>
    private static SKSizeI DecodeSize(SKCodec codec, int longSide)
    {
        for (var eighths = 1; eighths < 8; eighths++)
        {
            var size = codec.GetScaledDimensions(eighths / 8f);
            if (Math.Max(size.Width, size.Height) >= longSide)
            {
                return size;
            }
        }
        return codec.Info.Size;
    }

    private static SKSizeI Fit(SKSizeI size, int longSide)
    {
        var scale = Math.Min(1, (double)longSide / Math.Max(size.Width, size.Height));
        return new SKSizeI(Math.Max(1, (int)Math.Round(size.Width * scale)), Math.Max(1, (int)Math.Round(size.Height * scale)));
    }

    // Bilinear sampling covers a reduction to half or more (what is left after a JPEG's scaled decode) at a
    // fraction of a cubic filter's cost; larger reductions need mipmaps, which average every pixel they cover.
    private static SKSamplingOptions Sampling(double scale) =>
        scale >= 0.5 ? new SKSamplingOptions(SKFilterMode.Linear) : new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear);
}

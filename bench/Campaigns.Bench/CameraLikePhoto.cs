using SkiaSharp;

namespace Campaigns.Bench;

/// <summary>
/// A stand-in for a phone photo: a smooth colour gradient under per-pixel sensor-like noise, saved as a baseline
/// JPEG at quality 90. The noise is what makes photos costly to compress; the seed keeps every run's input the same.
/// </summary>
public static class CameraLikePhoto
{
    public static byte[] Jpeg(int width, int height, int seed = 12)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var pixels = bitmap.GetPixelSpan();
        var noise = new byte[width * 3];
        var random = new Random(seed);
        for (var y = 0; y < height; y++)
        {
            random.NextBytes(noise);
            for (var x = 0; x < width; x++)
            {
                var at = (y * width + x) * 4;
                pixels[at] = Noisy(255 * x / width, noise[x * 3]);
                pixels[at + 1] = Noisy(255 * y / height, noise[x * 3 + 1]);
                pixels[at + 2] = Noisy(128 + 64 * (x - y) / (width + height), noise[x * 3 + 2]);
                pixels[at + 3] = 255;
            }
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        return data.ToArray();
    }

    private static byte Noisy(int value, byte noise) => (byte)Math.Clamp(value + (noise - 128) / 12, 0, 255);
}

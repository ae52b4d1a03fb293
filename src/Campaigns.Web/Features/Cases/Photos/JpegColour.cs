namespace Campaigns.Web.Features.Cases.Photos;

/// <summary>Scales subsampled colour planes up to full size and converts YCbCr (or grey) to RGB.</summary>
public static class JpegColour
{
    public static RgbImage ToRgb(IReadOnlyList<JpegComponent> components, int width, int height)
    {
        var image = new RgbImage(width, height);
        int maxH = components.Max(c => c.H), maxV = components.Max(c => c.V);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var luma = Sample(components[0], x, y, maxH, maxV);
                if (components.Count == 1)
                {
                    image.Set(x, y, (byte)luma, (byte)luma, (byte)luma);
                    continue;
                }
                var cb = Sample(components[1], x, y, maxH, maxV) - 128;
                var cr = Sample(components[2], x, y, maxH, maxV) - 128;
                image.Set(x, y,
                    Clamp(luma + 1.402f * cr),
                    Clamp(luma - 0.344136f * cb - 0.714136f * cr),
                    Clamp(luma + 1.772f * cb));
            }
        }
        return image;
    }

    private static int Sample(JpegComponent c, int x, int y, int maxH, int maxV) =>
        c.Plane[y * c.V / maxV * c.BlocksWide * 8 + x * c.H / maxH];

    private static byte Clamp(float value) => (byte)Math.Clamp((int)MathF.Round(value), 0, 255);
}

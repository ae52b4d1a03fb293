namespace Campaigns.Web.Features.Cases.Photos;

/// <summary>Shrinks an image to fit a square by averaging the source pixels each target pixel covers.</summary>
public static class ImageResizer
{
    public static RgbImage Fit(RgbImage source, int longSide)
    {
        var scale = (double)longSide / Math.Max(source.Width, source.Height);
        if (scale >= 1)
        {
            return source;
        }
        var result = new RgbImage(Math.Max(1, (int)Math.Round(source.Width * scale)), Math.Max(1, (int)Math.Round(source.Height * scale)));
        for (var y = 0; y < result.Height; y++)
        {
            int y0 = y * source.Height / result.Height, y1 = Math.Max(y0 + 1, (y + 1) * source.Height / result.Height);
            for (var x = 0; x < result.Width; x++)
            {
                int x0 = x * source.Width / result.Width, x1 = Math.Max(x0 + 1, (x + 1) * source.Width / result.Width);
                long r = 0, g = 0, b = 0;
                for (var sy = y0; sy < y1; sy++)
                {
                    for (var sx = x0; sx < x1; sx++)
                    {
                        var i = (sy * source.Width + sx) * 3;
                        r += source.Pixels[i];
                        g += source.Pixels[i + 1];
                        b += source.Pixels[i + 2];
                    }
                }
                var n = (y1 - y0) * (x1 - x0);
                result.Set(x, y, (byte)(r / n), (byte)(g / n), (byte)(b / n));
            }
        }
        return result;
    }
}

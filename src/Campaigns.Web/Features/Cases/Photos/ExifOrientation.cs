using System.Buffers.Binary;

namespace Campaigns.Web.Features.Cases.Photos;

/// <summary>
/// Phones save portraits sideways and note the turn in EXIF. The turn is applied to the pixels here, because
/// the EXIF block itself (with any GPS position) is never copied to the stored photo.
/// </summary>
public static class ExifOrientation
{
    public static int? Read(ReadOnlySpan<byte> app1)
    {
        if (app1.Length < 14 || !app1.StartsWith("Exif\0\0"u8))
        {
            return null;
        }
        var tiff = app1[6..].ToArray();
        var little = tiff[0] == (byte)'I';
        var ifd = little ? BinaryPrimitives.ReadInt32LittleEndian(tiff.AsSpan(4)) : BinaryPrimitives.ReadInt32BigEndian(tiff.AsSpan(4));
        var entries = ifd >= 8 ? U16(tiff, ifd, little) : -1;
        for (var i = 0; i < entries; i++)
        {
            var entry = ifd + 2 + i * 12;
            if (U16(tiff, entry, little) == 0x0112)
            {
                var value = U16(tiff, entry + 8, little);
                return value is >= 1 and <= 8 ? value : null;
            }
        }
        return null;
    }

    private static int U16(byte[] tiff, int at, bool little) =>
        at < 0 || at + 2 > tiff.Length ? -1
        : little ? BinaryPrimitives.ReadUInt16LittleEndian(tiff.AsSpan(at)) : BinaryPrimitives.ReadUInt16BigEndian(tiff.AsSpan(at));

    public static RgbImage Apply(RgbImage source, int orientation)
    {
        if (orientation == 1)
        {
            return source;
        }
        var swaps = orientation >= 5;
        var result = swaps ? new RgbImage(source.Height, source.Width) : new RgbImage(source.Width, source.Height);
        int w = result.Width - 1, h = result.Height - 1;
        for (var y = 0; y < result.Height; y++)
        {
            for (var x = 0; x < result.Width; x++)
            {
                var (sx, sy) = orientation switch
                {
                    2 => (w - x, y),
                    3 => (w - x, h - y),
                    4 => (x, h - y),
                    5 => (y, x),
                    6 => (y, w - x),
                    7 => (h - y, w - x),
                    _ => (h - y, x),
                };
                var from = (sy * source.Width + sx) * 3;
                result.Set(x, y, source.Pixels[from], source.Pixels[from + 1], source.Pixels[from + 2]);
            }
        }
        return result;
    }
}

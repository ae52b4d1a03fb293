namespace Campaigns.Web.Features.Cases.Photos;

/// <summary>Turns the samples of one PNG pixel into RGB, whatever its colour type and bit depth.</summary>
public sealed class PngSampler(PngHeader header, byte[] palette, byte[] paletteAlpha)
{
    public void Write(byte[] row, int column, RgbImage image, int x, int y)
    {
        if (header.ColorType == 3)
        {
            var index = Sample(row, column, 0);
            if (index * 3 + 2 >= palette.Length)
            {
                throw new UnreadableImageException("The PNG image refers to a colour its palette does not have.");
            }
            var alpha = index < paletteAlpha.Length ? paletteAlpha[index] : 255;
            image.Set(x, y, Over(palette[index * 3], alpha), Over(palette[index * 3 + 1], alpha), Over(palette[index * 3 + 2], alpha));
            return;
        }
        var channels = header.Channels;
        var hasAlpha = header.ColorType is 4 or 6;
        var a = hasAlpha ? Scaled(row, column, channels - 1) : 255;
        if (header.ColorType is 0 or 4)
        {
            var grey = Over(Scaled(row, column, 0), a);
            image.Set(x, y, grey, grey, grey);
            return;
        }
        image.Set(x, y, Over(Scaled(row, column, 0), a), Over(Scaled(row, column, 1), a), Over(Scaled(row, column, 2), a));
    }

    private int Scaled(byte[] row, int column, int channel)
    {
        var value = Sample(row, column, channel);
        return header.BitDepth switch
        {
            16 => value >> 8,
            8 => value,
            _ => value * 255 / ((1 << header.BitDepth) - 1),
        };
    }

    private int Sample(byte[] row, int column, int channel)
    {
        var depth = header.BitDepth;
        if (depth == 16)
        {
            var i = (column * header.Channels + channel) * 2;
            return row[i] << 8 | row[i + 1];
        }
        if (depth == 8)
        {
            return row[column * header.Channels + channel];
        }
        var bit = (column * header.Channels + channel) * depth;
        return row[bit / 8] >> (8 - depth - bit % 8) & ((1 << depth) - 1);
    }

    private static byte Over(int value, int alpha) => (byte)((value * alpha + 255 * (255 - alpha) + 127) / 255);
}

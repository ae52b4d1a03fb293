namespace Campaigns.Web.Features.Cases.Photos;

/// <summary>One pass of a PNG: the whole image, or one of the seven Adam7 sub-images of an interlaced file.</summary>
public readonly record struct PngPass(int StartX, int StartY, int StepX, int StepY)
{
    public int Columns(int width) => width <= StartX ? 0 : (width - StartX + StepX - 1) / StepX;

    public int Rows(int height) => height <= StartY ? 0 : (height - StartY + StepY - 1) / StepY;
}

public static class PngPasses
{
    private static readonly PngPass[] Adam7 =
    [
        new(0, 0, 8, 8), new(4, 0, 8, 8), new(0, 4, 4, 8), new(2, 0, 4, 4), new(0, 2, 2, 4), new(1, 0, 2, 2), new(0, 1, 1, 2),
    ];

    public static IReadOnlyList<PngPass> For(PngHeader header) => header.Interlaced ? Adam7 : [new(0, 0, 1, 1)];
}

/// <summary>Undoes PNG's per-row filters and hands each pixel to the sampler.</summary>
public static class PngScanlines
{
    public static void Read(Stream inflated, PngHeader header, PngPass pass, PngSampler sampler, RgbImage image)
    {
        var columns = pass.Columns(header.Width);
        var rows = pass.Rows(header.Height);
        if (columns == 0 || rows == 0)
        {
            return;
        }
        var stride = (int)(((long)columns * header.BitsPerPixel + 7) / 8);
        var bpp = Math.Max(1, header.BitsPerPixel / 8);
        var previous = new byte[stride];
        var current = new byte[stride];
        for (var row = 0; row < rows; row++)
        {
            var filter = inflated.ReadByte();
            inflated.ReadExactly(current);
            Unfilter(filter, current, previous, bpp);
            var y = pass.StartY + row * pass.StepY;
            for (var column = 0; column < columns; column++)
            {
                sampler.Write(current, column, image, pass.StartX + column * pass.StepX, y);
            }
            (previous, current) = (current, previous);
        }
    }

    private static void Unfilter(int filter, byte[] row, byte[] above, int bpp)
    {
        for (var i = 0; i < row.Length; i++)
        {
            int left = i >= bpp ? row[i - bpp] : 0, up = above[i], upLeft = i >= bpp ? above[i - bpp] : 0;
            var predicted = filter switch
            {
                0 => 0,
                1 => left,
                2 => up,
                3 => (left + up) / 2,
                4 => Paeth(left, up, upLeft),
                _ => throw new UnreadableImageException("The PNG image data is damaged."),
            };
            row[i] = (byte)(row[i] + predicted);
        }
    }

    public static byte Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return (byte)(pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
    }
}

using System.Buffers.Binary;
using System.IO.Compression;

namespace Campaigns.Web.Features.Cases.Photos;

/// <summary>Reads every standard PNG (all colour types and bit depths, interlaced or not) into RGB, laying transparency over white.</summary>
public static class PngDecoder
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    public static bool IsPng(ReadOnlySpan<byte> data) => data.StartsWith(Signature);

    public static RgbImage Decode(byte[] data, int maxPixels)
    {
        var header = default(PngHeader);
        byte[] palette = [];
        byte[] paletteAlpha = [];
        using var compressed = new MemoryStream();
        var at = Signature.Length;
        while (at + 8 <= data.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(at));
            if (length < 0 || at + 12L + length > data.Length)
            {
                break;
            }
            var type = System.Text.Encoding.ASCII.GetString(data, at + 4, 4);
            var body = data.AsSpan(at + 8, length);
            switch (type)
            {
                case "IHDR": header = PngHeader.Read(body, maxPixels); break;
                case "PLTE": palette = body.ToArray(); break;
                case "tRNS": paletteAlpha = body.ToArray(); break;
                case "IDAT": compressed.Write(body); break;
                case "IEND": return Pixels(header, compressed, palette, paletteAlpha);
            }
            at += 12 + length;
        }
        throw new UnreadableImageException("The PNG file is cut short or damaged.");
    }

    private static RgbImage Pixels(PngHeader header, MemoryStream compressed, byte[] palette, byte[] paletteAlpha)
    {
        if (header.Width == 0 || compressed.Length == 0)
        {
            throw new UnreadableImageException("The PNG file has no image data.");
        }
        if (header.ColorType == 3 && palette.Length == 0)
        {
            throw new UnreadableImageException("The PNG file has no colour palette.");
        }
        compressed.Position = 0;
        using var inflated = new ZLibStream(compressed, CompressionMode.Decompress);
        var image = new RgbImage(header.Width, header.Height);
        var sampler = new PngSampler(header, palette, paletteAlpha);
        try
        {
            foreach (var pass in PngPasses.For(header))
            {
                PngScanlines.Read(inflated, header, pass, sampler, image);
            }
        }
        catch (InvalidDataException)
        {
            throw new UnreadableImageException("The PNG image data is damaged.");
        }
        return image;
    }
}

public readonly record struct PngHeader(int Width, int Height, int BitDepth, int ColorType, bool Interlaced)
{
    public int Channels => ColorType switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, 6 => 4, _ => 0 };

    public int BitsPerPixel => Channels * BitDepth;

    public static PngHeader Read(ReadOnlySpan<byte> body, int maxPixels)
    {
        if (body.Length < 13)
        {
            throw new UnreadableImageException("The PNG header is damaged.");
        }
        var header = new PngHeader(
            BinaryPrimitives.ReadInt32BigEndian(body), BinaryPrimitives.ReadInt32BigEndian(body[4..]), body[8], body[9], body[12] == 1);
        var depthOk = header.ColorType switch
        {
            0 => header.BitDepth is 1 or 2 or 4 or 8 or 16,
            3 => header.BitDepth is 1 or 2 or 4 or 8,
            2 or 4 or 6 => header.BitDepth is 8 or 16,
            _ => false,
        };
        if (!depthOk || header.Width <= 0 || header.Height <= 0)
        {
            throw new UnreadableImageException("The PNG header is damaged.");
        }
        if ((long)header.Width * header.Height > maxPixels)
        {
            throw new UnreadableImageException($"The photo has too many pixels; use one of at most {maxPixels / 1_000_000} megapixels.");
        }
        return header;
    }
}

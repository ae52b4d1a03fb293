using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace Campaigns.Tests.Cases;

/// <summary>Images made for the photo tests, and ways to look at what the site stored.</summary>
public static class TestPhotos
{
    public static readonly SKColor Red = new(220, 20, 20);
    public static readonly SKColor Blue = new(20, 20, 220);

    /// <summary>Left half red, right half blue: where each half ends up shows how the photo was turned.</summary>
    public static byte[] Halves(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(Blue);
            using var paint = new SKPaint { Color = Red };
            canvas.DrawRect(0, 0, width / 2f, height, paint);
        }
        return Encode(bitmap, format);
    }

    public static byte[] Solid(int width, int height, SKColor colour, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(colour);
        return Encode(bitmap, format);
    }

    /// <summary>Adds the EXIF block a phone writes when it saved the picture turned (6: turn a quarter clockwise to view).</summary>
    public static byte[] WithExifOrientation(byte[] jpeg, ushort orientation)
    {
        var tiff = new byte[26];
        "MM\0*"u8.CopyTo(tiff);
        BinaryPrimitives.WriteInt32BigEndian(tiff.AsSpan(4), 8);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(8), 1);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(10), 0x0112);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(12), 3);
        BinaryPrimitives.WriteInt32BigEndian(tiff.AsSpan(14), 1);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(18), orientation);
        byte[] payload = [.. "Exif\0\0"u8, .. tiff];
        var segment = new byte[4];
        (segment[0], segment[1]) = (0xFF, 0xE1);
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(payload.Length + 2));
        return [.. jpeg.AsSpan(0, 2), .. segment, .. payload, .. jpeg.AsSpan(2)];
    }

    /// <summary>The same JPEG data under a frame header that claims other dimensions.</summary>
    public static byte[] ClaimingSize(byte[] jpeg, int width, int height)
    {
        var patched = jpeg.ToArray();
        var frame = StartOfFrame(patched);
        BinaryPrimitives.WriteUInt16BigEndian(patched.AsSpan(frame + 5), (ushort)height);
        BinaryPrimitives.WriteUInt16BigEndian(patched.AsSpan(frame + 7), (ushort)width);
        return patched;
    }

    public static (int Width, int Height) SizeOf(byte[] image)
    {
        using var codec = SKCodec.Create(new MemoryStream(image)) ?? throw new InvalidDataException("Not an image.");
        return (codec.Info.Width, codec.Info.Height);
    }

    public static SKBitmap Decode(byte[] image) => SKBitmap.Decode(image) ?? throw new InvalidDataException("Not an image.");

    public static void AssertColour(SKBitmap image, int x, int y, SKColor expected, int tolerance = 8)
    {
        var actual = image.GetPixel(x, y);
        Assert.True(
            Math.Abs(actual.Red - expected.Red) <= tolerance && Math.Abs(actual.Green - expected.Green) <= tolerance
            && Math.Abs(actual.Blue - expected.Blue) <= tolerance,
            $"Pixel ({x},{y}) is {actual}, expected about {expected}.");
    }

    public static string Ascii(byte[] bytes) => Encoding.ASCII.GetString(bytes);

    private static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format)
    {
        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    /// <summary>The JPEG segments that carry more than pixels: EXIF and other application data beyond JFIF's, and comments.</summary>
    public static List<string> MetadataSegments(byte[] jpeg) =>
        Segments(jpeg).Where(at => jpeg[at + 1] is (> 0xE0 and <= 0xEF) or 0xFE).Select(at => $"FF{jpeg[at + 1]:X2}").ToList();

    private static int StartOfFrame(byte[] jpeg) => Segments(jpeg).First(at => jpeg[at + 1] is 0xC0 or 0xC2);

    // Marker segments from the start of the file up to the image data.
    private static IEnumerable<int> Segments(byte[] jpeg)
    {
        for (var at = 2; at + 4 < jpeg.Length && jpeg[at + 1] != 0xDA; at += 2 + BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(at + 2)))
        {
            yield return at;
        }
    }
}

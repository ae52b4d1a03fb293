using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Campaigns.Web.Features.Cases.Photos;

/// <summary>
/// Writes RGB pixels as a PNG with nothing but the image itself: no text, time or EXIF chunks survive,
/// so a photo's GPS position or camera serial never reaches the public page.
/// </summary>
public static class PngEncoder
{
    public static byte[] Encode(RgbImage image)
    {
        using var output = new MemoryStream();
        output.Write([137, 80, 78, 71, 13, 10, 26, 10]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, image.Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), image.Height);
        header[8] = 8;
        header[9] = 2;
        WriteChunk(output, "IHDR", header);
        WriteChunk(output, "IDAT", Compress(image));
        WriteChunk(output, "IEND", []);
        return output.ToArray();
    }

    // Paeth prediction on every row suits photographs well and keeps the encoder simple.
    private static byte[] Compress(RgbImage image)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            var stride = image.Width * 3;
            var filtered = new byte[stride + 1];
            filtered[0] = 4;
            for (var y = 0; y < image.Height; y++)
            {
                var row = image.Pixels.AsSpan(y * stride, stride);
                var above = y > 0 ? image.Pixels.AsSpan((y - 1) * stride, stride) : new byte[stride];
                for (var i = 0; i < stride; i++)
                {
                    int left = i >= 3 ? row[i - 3] : 0, upLeft = i >= 3 ? above[i - 3] : 0;
                    filtered[i + 1] = (byte)(row[i] - PngScanlines.Paeth(left, above[i], upLeft));
                }
                zlib.Write(filtered);
            }
        }
        return compressed.ToArray();
    }

    private static void WriteChunk(Stream output, string type, byte[] body)
    {
        var typeBytes = Encoding.ASCII.GetBytes(type);
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, body.Length);
        output.Write(number);
        output.Write(typeBytes);
        output.Write(body);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32.Of(typeBytes, body));
        output.Write(number);
    }
}

internal static class Crc32
{
    private static readonly uint[] Table = Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++)
        {
            c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
        }
        return c;
    }).ToArray();

    public static uint Of(byte[] first, byte[] second)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in first.Concat(second))
        {
            crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }
        return crc ^ 0xFFFFFFFFu;
    }
}

namespace Campaigns.Web.Features.Cases.Photos;

/// <summary>Decoded pixels, three bytes (red, green, blue) per pixel, row after row.</summary>
public sealed class RgbImage(int width, int height)
{
    public int Width { get; } = width;
    public int Height { get; } = height;
    public byte[] Pixels { get; } = new byte[checked(width * height * 3)];

    public void Set(int x, int y, byte r, byte g, byte b)
    {
        var i = (y * Width + x) * 3;
        Pixels[i] = r;
        Pixels[i + 1] = g;
        Pixels[i + 2] = b;
    }
}

/// <summary>The file is not an image this site can read; the message says why in words an organizer understands.</summary>
public sealed class UnreadableImageException(string message) : Exception(message);

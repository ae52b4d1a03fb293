using SkiaSharp;

namespace Campaigns.Web.Features.Cases.Photos;

/// <summary>
/// Phones save portraits sideways and note the turn in EXIF. The turn is applied to the pixels here, because
/// the EXIF block itself (with any GPS position) is never copied to the stored photo.
/// </summary>
public static class Orientation
{
    public static SKSizeI UprightSize(SKEncodedOrigin origin, SKSizeI stored) =>
        origin >= SKEncodedOrigin.LeftTop ? new SKSizeI(stored.Height, stored.Width) : stored;

    /// <summary>Maps the stored pixels onto the upright picture (SKMatrix: scaleX, skewX, transX, skewY, scaleY, transY).</summary>
    public static SKMatrix ToUpright(SKEncodedOrigin origin, SKSizeI stored)
    {
        float w = stored.Width, h = stored.Height;
        return origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
            _ => SKMatrix.Identity,
        };
    }
}

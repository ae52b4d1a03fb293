using SkiaSharp;

namespace Campaigns.Web.Features.Sharing;

/// <summary>What a share card shows: the title, the count in words, and the progress toward any goal.</summary>
public sealed record CardContent(string SiteName, string Title, string Figure, int Count, int? Goal);

/// <summary>The 1200×630 picture that link previews show (the size Open Graph consumers expect).</summary>
public static class ShareCard
{
    public const int Width = 1200;
    public const int Height = 630;
    public const string ContentType = "image/png";
    private const float Margin = 80;

    private static readonly SKColor Background = SKColor.Parse("#fbfaf7");
    private static readonly SKColor Ink = SKColor.Parse("#1b1b1b");
    private static readonly SKColor Muted = SKColor.Parse("#5a5a5a");
    private static readonly SKColor Accent = SKColor.Parse("#9a1b1b");
    private static readonly SKColor Track = SKColor.Parse("#dedbd2");

    public static byte[] Render(CardContent content, CardFonts fonts)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException("Skia could not create a drawing surface.");
        var canvas = surface.Canvas;
        canvas.Clear(Background);
        using var accent = new SKPaint { Color = Accent, IsAntialias = true };
        canvas.DrawRect(0, 0, Width, 16, accent);
        if (fonts.Any)
        {
            DrawText(canvas, content, fonts, accent);
        }
        if (content.Goal is { } goal and > 0)
        {
            DrawProgress(canvas, Math.Min(1f, content.Count / (float)goal), accent);
        }
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100)
            ?? throw new InvalidOperationException("Skia could not encode the share card.");
        return png.ToArray();
    }

    private static void DrawText(SKCanvas canvas, CardContent content, CardFonts fonts, SKPaint accent)
    {
        using var muted = new SKPaint { Color = Muted, IsAntialias = true };
        using var ink = new SKPaint { Color = Ink, IsAntialias = true };
        new CardText(fonts, 34).Draw(canvas, content.SiteName, Margin, 90, muted);
        var title = new CardText(fonts, 64);
        var y = 190f;
        foreach (var line in title.Wrap(content.Title, Width - 2 * Margin, 3))
        {
            title.Draw(canvas, line, Margin, y, ink);
            y += 80;
        }
        new CardText(fonts, 56).Draw(canvas, content.Figure, Margin, 500, accent);
    }

    private static void DrawProgress(SKCanvas canvas, float share, SKPaint accent)
    {
        using var track = new SKPaint { Color = Track, IsAntialias = true };
        var bar = new SKRect(Margin, 540, Width - Margin, 572);
        canvas.DrawRoundRect(bar, 16, 16, track);
        if (share > 0)
        {
            canvas.DrawRoundRect(new SKRect(bar.Left, bar.Top, bar.Left + Math.Max(bar.Height, bar.Width * share), bar.Bottom), 16, 16, accent);
        }
    }
}

using Microsoft.Extensions.Options;
using SkiaSharp;

namespace Campaigns.Web.Features.Sharing;

/// <summary>
/// The typefaces share cards are drawn with, loaded once from the configured files. Each character is drawn
/// with the first typeface that has it, so a Chinese title falls back to a CJK font within the line.
/// </summary>
public sealed class CardFonts(IOptions<SharingOptions> options, ILogger<CardFonts> logger) : IDisposable
{
    private sealed record Loaded(SKTypeface Face, SKFont Probe);

    private readonly Lazy<IReadOnlyList<Loaded>> _faces = new(() => Load(options.Value.EffectiveFontFiles, logger));

    public bool Any => _faces.Value.Count > 0;

    public SKTypeface For(int codePoint)
    {
        var faces = _faces.Value;
        return (faces.FirstOrDefault(f => f.Probe.ContainsGlyph(codePoint)) ?? faces[0]).Face;
    }

    public void Dispose()
    {
        if (_faces.IsValueCreated)
        {
            foreach (var loaded in _faces.Value)
            {
                loaded.Probe.Dispose();
                loaded.Face.Dispose();
            }
        }
    }

    private static IReadOnlyList<Loaded> Load(IReadOnlyList<string> files, ILogger logger)
    {
        var faces = files.Where(File.Exists).Select(f => SKTypeface.FromFile(f)).OfType<SKTypeface>()
            .Select(face => new Loaded(face, new SKFont(face))).ToList();
        if (faces.Count == 0)
        {
            logger.LogWarning(
                "None of the share card font files exists ({Files}); share cards show only the progress bar. Set Sharing:FontFiles or install fonts-dejavu-core.",
                string.Join(", ", files));
        }
        return faces;
    }
}

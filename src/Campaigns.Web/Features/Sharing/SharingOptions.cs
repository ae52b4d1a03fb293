using System.ComponentModel.DataAnnotations;

namespace Campaigns.Web.Features.Sharing;

public class SharingOptions
{
    public const string Section = "Sharing";

    /// <summary>
    /// Debian's paths (fonts-dejavu-core, fonts-wqy-zenhei, fonts-liberation). SkiaSharp's Linux build here has no
    /// fontconfig, so share cards draw with typefaces loaded from files, in this order of preference per character.
    /// </summary>
    public static readonly IReadOnlyList<string> DefaultFontFiles =
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    ];

    /// <summary>Font files for share cards (TrueType, OpenType or collections); empty: <see cref="DefaultFontFiles"/>.</summary>
    public List<string> FontFiles { get; set; } = [];

    /// <summary>How long a share card may be reused; it shows the live count, so briefly.</summary>
    [Range(1, 3600)] public int CardMaxAgeSeconds { get; set; } = 60;

    /// <summary>A campaign's QR code changes only with its address.</summary>
    [Range(60, 31_536_000)] public int QrMaxAgeSeconds { get; set; } = 86_400;

    public IReadOnlyList<string> EffectiveFontFiles => FontFiles.Count > 0 ? FontFiles : DefaultFontFiles;
}

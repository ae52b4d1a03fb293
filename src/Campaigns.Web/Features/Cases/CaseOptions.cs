using System.ComponentModel.DataAnnotations;

namespace Campaigns.Web.Features.Cases;

public class CaseOptions
{
    public const string Section = "Cases";

    /// <summary>Uploads above this are refused before any decoding.</summary>
    [Range(10_000, 50 * 1024 * 1024)] public int MaxPhotoBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Guards against small files that claim huge dimensions and would exhaust memory when decoded.</summary>
    [Range(1_000_000, 100_000_000)] public int MaxPhotoPixels { get; set; } = 40_000_000;

    /// <summary>Stored photos are shrunk so their longer side is at most this many pixels.</summary>
    [Range(100, 4000)] public int PhotoLongSide { get; set; } = 800;

    /// <summary>Lists show a thumbnail whose longer side is at most this many pixels.</summary>
    [Range(32, 800)] public int ThumbnailLongSide { get; set; } = 160;
}

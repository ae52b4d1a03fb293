using System.ComponentModel.DataAnnotations;

namespace Campaigns.Web.Features.Paper;

public class PaperOptions
{
    public const string Section = "Paper";

    /// <summary>A batch is one stall's or one vigil's sheets: a larger figure is far more likely a typing slip than a day's work.</summary>
    [Range(1, 10_000_000)] public int MaxBatchCount { get; set; } = 100_000;

    /// <summary>Scans above this are refused before any decoding.</summary>
    [Range(10_000, 50 * 1024 * 1024)] public int MaxScanBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Guards against small files that claim huge dimensions and would exhaust memory when decoded.</summary>
    [Range(1_000_000, 100_000_000)] public int MaxScanPixels { get; set; } = 50_000_000;

    /// <summary>Stored scans are shrunk so their longer side is at most this many pixels: enough to read handwriting.</summary>
    [Range(800, 6000)] public int ScanLongSide { get; set; } = 2400;

    [Range(1, 50)] public int MaxScansPerBatch { get; set; } = 10;
}

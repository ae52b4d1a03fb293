using System.ComponentModel.DataAnnotations;

namespace Campaigns.Web.Features.Answers;

public class AnswersOptions
{
    public const string Section = "Answers";

    /// <summary>Attached replies above this are refused before any checking.</summary>
    [Range(100_000, 50 * 1024 * 1024)] public int MaxDocumentBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Guards against small images that claim huge dimensions and would exhaust memory when decoded.</summary>
    [Range(1_000_000, 100_000_000)] public int MaxImagePixels { get; set; } = 40_000_000;

    /// <summary>A photographed or scanned reply is stored with its longer side at most this many pixels: enough to read it.</summary>
    [Range(800, 6000)] public int ImageLongSide { get; set; } = 2400;
}

using System.Globalization;

namespace Campaigns.Web.Features.Paper;

/// <summary>The paper batch form as posted; text the browser should have kept numeric or a date is read as missing, so the validator words the error.</summary>
public sealed class PaperBatchForm
{
    public string? Count { get; set; }
    public string? CollectedOn { get; set; }
    public string? Place { get; set; }
    public string? Note { get; set; }

    public PaperBatchInput ToInput() => new()
    {
        Count = int.TryParse(Count, NumberStyles.AllowThousands | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var count) ? count : null,
        CollectedOn = DateOnly.TryParseExact(CollectedOn?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null,
        Place = Place,
        Note = Note,
    };
}

public sealed record PaperPage(PaperBatches Paper, PaperBatchForm Form, int MaxScans, int MaxScanMegabytes);

namespace Campaigns.Web.Features.Paper;

public sealed record PaperBatchView(
    Guid Id, int Count, DateOnly CollectedOn, string Place, string? Note, DateTime RecordedAt, string RecordedBy, IReadOnlyList<Guid> Scans);

/// <summary>A campaign's paper batches, newest collection first, and what the reader may do with them.</summary>
public sealed record PaperBatches(string Slug, string Title, int OnPaper, IReadOnlyList<PaperBatchView> Batches, bool CanChange, bool CanSeeScans);

public sealed record ScanFile(byte[] Content, string ContentType);

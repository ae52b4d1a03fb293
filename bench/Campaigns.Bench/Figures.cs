namespace Campaigns.Bench;

/// <summary>The headline figures, gathered phase by phase for the summary.</summary>
public sealed class Figures
{
    public DateTime SigningStartedUtc { get; set; }
    public LoadResult? Signing { get; set; }
    public CpuSplit? SigningCpu { get; set; }
    public double? SigningRssMb { get; set; }
    public PgbenchResult? Pgbench { get; set; }
    public LoadResult? DemoSigning { get; set; }
    public LoadResult? OwnSigningAgain { get; set; }
    public double? DrainSeconds { get; set; }
    public double? OutboxRate { get; set; }
    public LoadResult? Confirming { get; set; }
    public double? CountVisibleSeconds { get; set; }
    public LoadResult? CountReads { get; set; }
    public CpuSplit? CountCpu { get; set; }
    public LoadResult? LeanCountReads { get; set; }
    public CpuSplit? LeanCountCpu { get; set; }
    public LoadResult? CaseCountReads { get; set; }
    public LoadResult? BadgeReads { get; set; }
    public LoadResult? NotModifiedReads { get; set; }
    public LoadResult? WatcherLoad { get; set; }
}

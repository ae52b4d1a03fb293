namespace Campaigns.Bench;

/// <summary>CPU seconds each party used during a phase of <see cref="Seconds"/> wall-clock seconds.</summary>
public sealed record CpuSplit(double Seconds, double App, double AppJit, double OurPostgres, double OtherPostgres, double Client, double MachineBusy)
{
    private double Rest => Math.Max(0, MachineBusy - App - OurPostgres - OtherPostgres - Client);

    /// <summary>Percentages of one core, as top shows them (200 % is both cores of a 2-core machine).</summary>
    public string Shares() =>
        $"app {Percent(App)} (JIT {Percent(AppJit)}), postgres (bench db) {Percent(OurPostgres)}, postgres (other dbs) {Percent(OtherPostgres)}, " +
        $"bench client {Percent(Client)}, everything else {Percent(Rest)}; " +
        $"machine busy {MachineBusy / Seconds / Environment.ProcessorCount * 100:F0}% of {Environment.ProcessorCount} cores";

    public string PerOperation(long operations, string what) => operations <= 0
        ? "n/a"
        : $"app {(App - AppJit) / operations * 1e6:F0} µs (+{AppJit / operations * 1e6:F0} µs JIT), postgres {OurPostgres / operations * 1e6:F0} µs, " +
          $"client {Client / operations * 1e6:F0} µs of CPU per {what}";

    private string Percent(double cpuSeconds) => $"{cpuSeconds / Seconds * 100:F0}%";
}

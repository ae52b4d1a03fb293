using System.Globalization;
using System.Text.RegularExpressions;

namespace Campaigns.Tests.Telemetry;

/// <summary>Reads figures out of Prometheus' text exposition format.</summary>
public static partial class PrometheusText
{
    /// <summary>The sum of every series of the metric (all label sets); null when the metric is absent.</summary>
    public static double? Sum(string text, string metric)
    {
        var values = text.Split('\n')
            .Select(line => Sample().Match(line))
            .Where(m => m.Success && m.Groups["name"].Value == metric)
            .Select(m => double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture))
            .ToList();
        return values.Count == 0 ? null : values.Sum();
    }

    // Label values are quoted and may hold braces themselves (http_route="/api/campaigns/{slug}/count").
    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?:[^""}]|""(?:[^""\\]|\\.)*"")*\})?\s+(?<value>\S+)")]
    private static partial Regex Sample();
}

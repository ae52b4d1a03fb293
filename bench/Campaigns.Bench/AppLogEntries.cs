using System.Text.Json;

namespace Campaigns.Bench;

/// <summary>
/// Log entries at Warning or above from the app's console, one line each ("warn: Category[id] message"): the app
/// writes one JSON object per entry outside Development, and two-line text entries in it.
/// </summary>
public static class AppLogEntries
{
    private static readonly Dictionary<string, string> Levels = new()
    {
        ["Warning"] = "warn:", ["Error"] = "fail:", ["Critical"] = "crit:",
    };

    public static IEnumerable<string> Read(string[] lines) =>
        lines.Select((line, i) => line.StartsWith('{') ? FromJson(line)
                : IsTextHeader(line) && i + 1 < lines.Length ? $"{line.Trim()} {lines[i + 1].Trim()}"
                : null)
            .OfType<string>();

    private static string? FromJson(string line)
    {
        try
        {
            using var entry = JsonDocument.Parse(line);
            var root = entry.RootElement;
            return Levels.TryGetValue(root.GetProperty("LogLevel").GetString() ?? "", out var level)
                ? $"{level} {root.GetProperty("Category").GetString()}[{root.GetProperty("EventId").GetInt32()}] {FirstLine(root.GetProperty("Message").GetString())}"
                : null;
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }

    private static string FirstLine(string? message) => (message ?? "").Split('\n', 2)[0].Trim();

    private static bool IsTextHeader(string line) =>
        line.StartsWith("warn:", StringComparison.Ordinal) || line.StartsWith("fail:", StringComparison.Ordinal)
        || line.StartsWith("crit:", StringComparison.Ordinal);
}

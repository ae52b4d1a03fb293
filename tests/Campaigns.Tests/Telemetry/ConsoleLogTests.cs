using System.Diagnostics;
using System.Text.Json;
using Campaigns.Tests.Infrastructure;

namespace Campaigns.Tests.Telemetry;

/// <summary>The app as deployed writes one JSON object per log entry, with the trace of the request it belongs to.</summary>
public class ConsoleLogTests : CrashHarness
{
    [Fact]
    public async Task Every_log_entry_of_a_request_carries_the_requests_trace_id()
    {
        await using var app = await AppProcess.StartAsync(Settings(runJobs: false, new Dictionary<string, string>
        {
            ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
        }));
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live?traced");
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");

        (await client.SendAsync(request)).EnsureSuccessStatusCode();

        await Poll.UntilAsync(() => Task.FromResult(OfTracedRequest(app.Output).Count >= 2),
            $"the request's start and end in the log:\n{app.Output}", TimeSpan.FromMinutes(3));
        Assert.All(OfTracedRequest(app.Output), scopes => Assert.Equal(traceId, scopes.GetValueOrDefault("TraceId")));
    }

    private static List<Dictionary<string, string?>> OfTracedRequest(string output) =>
        output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.StartsWith('{') && line.Contains("/health/live?traced", StringComparison.Ordinal))
            .Select(Scopes)
            .ToList();

    private static Dictionary<string, string?> Scopes(string line)
    {
        using var entry = JsonDocument.Parse(line);
        return entry.RootElement.GetProperty("Scopes").EnumerateArray()
            .SelectMany(scope => scope.EnumerateObject())
            .Where(p => p.Value.ValueKind == JsonValueKind.String)
            .GroupBy(p => p.Name)
            .ToDictionary(g => g.Key, g => g.First().Value.GetString());
    }
}

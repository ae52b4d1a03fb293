using System.Text.Json;

namespace Campaigns.Tests.Tracking;

/// <summary>Reads a text/event-stream response the way EventSource does: fields until a blank line make one event.</summary>
public sealed class EventStreamReader(Stream stream) : IDisposable
{
    private readonly StreamReader _reader = new(stream);

    /// <summary>The next line that is a comment (starts with ':'), e.g. a heartbeat.</summary>
    public async Task<string> NextCommentAsync(CancellationToken ct)
    {
        while (await _reader.ReadLineAsync(ct) is { } line)
        {
            if (line.StartsWith(':'))
            {
                return line;
            }
        }
        throw new EndOfStreamException("The event stream ended.");
    }

    /// <summary>The data of the next event of the given type.</summary>
    public async Task<JsonElement> NextAsync(string type, CancellationToken ct)
    {
        string? eventType = null, data = null;
        while (await _reader.ReadLineAsync(ct) is { } line)
        {
            if (line.Length == 0)
            {
                if (eventType == type && data is not null)
                {
                    return JsonDocument.Parse(data).RootElement.Clone();
                }
                (eventType, data) = (null, null);
            }
            else if (line.StartsWith("event: "))
            {
                eventType = line["event: ".Length..];
            }
            else if (line.StartsWith("data: "))
            {
                data = line["data: ".Length..];
            }
        }
        throw new EndOfStreamException("The event stream ended.");
    }

    public void Dispose() => _reader.Dispose();
}

using System.Buffers.Text;
using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace Campaigns.Bench;

/// <summary>
/// A closed-loop load of one GET, written as bytes on kept-open sockets and read back with the least parsing
/// that finds each answer's end (Content-Length or chunked). It costs the machine a fraction of what HttpClient
/// does per request, so on a shared 2-core machine more of the CPU is left to the app being measured, as with
/// wrk-style load generators.
/// </summary>
public sealed class RawGetDriver(Uri address, int clients, CancellationToken stop)
{
    private static readonly byte[] HeaderEnd = "\r\n\r\n"u8.ToArray();
    private static readonly byte[] ContentLength = "content-length:"u8.ToArray();
    private static readonly byte[] LastChunk = "\r\n0\r\n\r\n"u8.ToArray();

    public async Task<LoadResult> RunAsync(TimeSpan duration)
    {
        var request = Encoding.ASCII.GetBytes($"GET {address.PathAndQuery} HTTP/1.1\r\nHost: {address.Authority}\r\n\r\n");
        var started = Stopwatch.GetTimestamp();
        var until = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var results = await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(() => ClientAsync(request, until))));
        var total = new LoadResult { Elapsed = Stopwatch.GetElapsedTime(started) };
        foreach (var result in results)
        {
            total.Add(result);
        }
        return total;
    }

    private async Task<LoadResult> ClientAsync(byte[] request, long until)
    {
        var result = new LoadResult();
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(address.Host, address.Port);
        var buffer = new byte[64 * 1024];
        while (!stop.IsCancellationRequested && Stopwatch.GetTimestamp() < until)
        {
            var sent = Stopwatch.GetTimestamp();
            await socket.SendAsync(request, SocketFlags.None);
            if (await ReadAnswerAsync(socket, buffer) is not { } status)
            {
                result.Exceptions["closed"] = result.Exceptions.GetValueOrDefault("closed") + 1;
                break;
            }
            result.Latency.RecordSince(sent);
            result.Statuses[status]++;
        }
        return result;
    }

    /// <summary>Reads one whole answer; returns its status, or null when the server closed the connection.</summary>
    private static async Task<int?> ReadAnswerAsync(Socket socket, byte[] buffer)
    {
        var filled = 0;
        int headerEnd;
        do
        {
            var read = await socket.ReceiveAsync(buffer.AsMemory(filled), SocketFlags.None);
            if (read == 0)
            {
                return null;
            }
            filled += read;
            headerEnd = buffer.AsSpan(0, filled).IndexOf(HeaderEnd);
        } while (headerEnd < 0);
        var (status, length) = ReadHeaders(buffer.AsSpan(0, headerEnd));
        var bodyStart = headerEnd + HeaderEnd.Length;
        if (length is null && status is 204 or 304)
        {
            return status;
        }
        while (length is { } expected ? filled - bodyStart < expected : !buffer.AsSpan(0, filled).EndsWith(LastChunk))
        {
            var read = await socket.ReceiveAsync(buffer.AsMemory(filled), SocketFlags.None);
            if (read == 0)
            {
                return null;
            }
            filled += read;
        }
        return status;
    }

    /// <summary>The status, and the body's length when given (else the body is chunked).</summary>
    private static (int Status, int? Length) ReadHeaders(ReadOnlySpan<byte> headers)
    {
        Utf8Parser.TryParse(headers.Slice(9, 3), out int status, out _);
        var lengthAt = IndexOfIgnoringCase(headers, ContentLength);
        if (lengthAt < 0)
        {
            return (status, null);
        }
        Utf8Parser.TryParse(headers[(lengthAt + ContentLength.Length)..].TrimStart((byte)' '), out int length, out _);
        return (status, length);
    }

    private static int IndexOfIgnoringCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> lowerCase)
    {
        for (var i = 0; i + lowerCase.Length <= text.Length; i++)
        {
            if (Ascii.EqualsIgnoreCase(text.Slice(i, lowerCase.Length), lowerCase))
            {
                return i;
            }
        }
        return -1;
    }
}

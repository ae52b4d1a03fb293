using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace Campaigns.Tests.Infrastructure;

/// <summary>How the relay ends a connection after it has accepted a message.</summary>
public enum HangUp
{
    /// <summary>It keeps the connection open for the next message, as a relay normally does.</summary>
    Never,

    /// <summary>It closes the socket without a word, like a relay restarting or a firewall dropping an idle connection.</summary>
    Silently,

    /// <summary>It says "421" and closes, like a relay whose idle timeout has run out.</summary>
    With421,
}

/// <summary>
/// A relay on 127.0.0.1 that this test alone talks to: enough ESMTP for MailKit, with or without SMTPUTF8, and a
/// record of every command, connection and message. It lets a test do what the shared SMTP sink cannot: hang up.
/// </summary>
public sealed class ScriptedRelay : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly bool _smtpUtf8;
    private readonly HangUp _hangUp;
    private readonly string? _unknownPrefix;
    private readonly Task _accepting;
    private int _connections;
    private int _quits;
    private TaskCompletionSource? _held;

    /// <param name="unknownPrefix">Recipients whose address starts with it are refused with 550, named in the reply as real relays do.</param>
    public ScriptedRelay(bool smtpUtf8 = true, HangUp hangUp = HangUp.Never, string? unknownPrefix = null)
    {
        _smtpUtf8 = smtpUtf8;
        _hangUp = hangUp;
        _unknownPrefix = unknownPrefix;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Connections the client closed politely, with QUIT.</summary>
    public int Quits => Volatile.Read(ref _quits);

    public ConcurrentQueue<string> Commands { get; } = new();

    public ConcurrentQueue<MimeMessage> Messages { get; } = new();

    /// <summary>Messages the relay took while holding its answers: on the wire when their sender died.</summary>
    public ConcurrentQueue<MimeMessage> Held { get; } = new();

    /// <summary>
    /// From now on the relay keeps each message it takes but withholds its answer, so the sender waits with the
    /// message on the wire, until <see cref="Answer"/>. A sender that dies meanwhile never learns that it went out.
    /// </summary>
    public void HoldAnswers() => Interlocked.CompareExchange(ref _held, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), null);

    /// <summary>Answers what it held and every message after it at once again.</summary>
    public void Answer() => Interlocked.Exchange(ref _held, null)?.TrySetResult();

    /// <summary>An app that sends its mail here, one connection at a time, with any further settings.</summary>
    public CampaignsAppFactory App(params (string Key, string Value)[] settings) => AppSendingTo(Port, settings);

    /// <summary>An app that sends its mail to whatever listens on that port of 127.0.0.1, if anything does.</summary>
    public static CampaignsAppFactory AppSendingTo(int port, params (string Key, string Value)[] settings)
    {
        var all = new Dictionary<string, string>
        {
            ["Mail:PickupDirectory"] = "",
            ["Mail:Smtp:Host"] = "127.0.0.1",
            ["Mail:Smtp:Port"] = port.ToString(),
            ["Mail:Smtp:Security"] = "None",
            ["Mail:Parallelism"] = "1",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }
        return CampaignsAppFactory.Create(new AppOptions { Settings = all });
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        var sessions = new List<Task>();
        try
        {
            while (true)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                Interlocked.Increment(ref _connections);
                sessions.Add(ServeAsync(client));
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            await Task.WhenAll(sessions);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        using var reader = new StreamReader(stream, new UTF8Encoding(false));
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
        try
        {
            await writer.WriteLineAsync("220 scripted-relay ESMTP");
            while (await reader.ReadLineAsync(_stop.Token) is { } line && await AnswerAsync(line, reader, writer))
            {
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The client hung up or the test is over; either way this conversation has ended.
        }
    }

    private async Task<bool> AnswerAsync(string line, StreamReader reader, StreamWriter writer)
    {
        Commands.Enqueue(line);
        var verb = line.Split(' ', 2)[0].ToUpperInvariant();
        switch (verb)
        {
            case "EHLO":
                await writer.WriteLineAsync("250-scripted-relay");
                await writer.WriteLineAsync("250-8BITMIME");
                if (_smtpUtf8)
                {
                    await writer.WriteLineAsync("250-SMTPUTF8");
                }
                await writer.WriteLineAsync("250 SIZE 10485760");
                return true;
            case "DATA":
                await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                var message = await ReadMessageAsync(reader);
                Messages.Enqueue(message);
                if (Volatile.Read(ref _held) is { } held)
                {
                    Held.Enqueue(message);
                    await held.Task.WaitAsync(_stop.Token);
                }
                await writer.WriteLineAsync("250 2.0.0 Queued");
                return await AfterMessageAsync(writer);
            case "QUIT":
                Interlocked.Increment(ref _quits);
                await writer.WriteLineAsync("221 2.0.0 Bye");
                return false;
            case "RCPT" when _unknownPrefix is not null && Recipient(line).StartsWith(_unknownPrefix, StringComparison.OrdinalIgnoreCase):
                await writer.WriteLineAsync($"550 5.1.1 <{Recipient(line)}>: Recipient address rejected: User unknown");
                return true;
            case "MAIL" or "RCPT" or "RSET" or "NOOP":
                await writer.WriteLineAsync("250 2.0.0 OK");
                return true;
            default:
                await writer.WriteLineAsync("502 5.5.1 Not implemented");
                return true;
        }
    }

    private static string Recipient(string rcptLine) =>
        rcptLine[(rcptLine.IndexOf('<') + 1)..rcptLine.IndexOf('>')];

    private async Task<bool> AfterMessageAsync(StreamWriter writer)
    {
        if (_hangUp == HangUp.With421)
        {
            await writer.WriteLineAsync("421 4.4.2 scripted-relay closing idle connection");
        }
        return _hangUp == HangUp.Never;
    }

    private async Task<MimeMessage> ReadMessageAsync(StreamReader reader)
    {
        var text = new StringBuilder();
        while (await reader.ReadLineAsync(_stop.Token) is { } line && line != ".")
        {
            text.Append(line.StartsWith("..", StringComparison.Ordinal) ? line[1..] : line).Append("\r\n");
        }
        return MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())));
    }
}

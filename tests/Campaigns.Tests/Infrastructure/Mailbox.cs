using System.Collections.Concurrent;
using System.Diagnostics;

namespace Campaigns.Tests.Infrastructure;

/// <summary>
/// Reads delivered mail: the app's pickup folder (.eml files) or the test SMTP server's Maildir. The Maildir
/// is shared by every run on the machine, so messages are always looked up by their (unique) recipient.
/// </summary>
public sealed class Mailbox
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(30);
    private readonly string _directory;
    private readonly bool _isMaildir;
    private readonly ConcurrentDictionary<string, string[]> _recipientsByFile = new();

    private Mailbox(string directory, bool isMaildir)
    {
        _directory = directory;
        _isMaildir = isMaildir;
    }

    public static Mailbox PickupFolder(string directory) => new(directory, isMaildir: false);

    public static Mailbox Maildir(string directory) => new(directory, isMaildir: true);

    public IReadOnlyList<ReceivedEmail> MessagesTo(string address) =>
        Files()
            .Where(f => RecipientsOf(f)?.Any(r => r.Equals(address, StringComparison.OrdinalIgnoreCase)) == true)
            .Select(Read)
            .Where(m => m is not null && m.Mime.IsComplete)
            .Select(m => m!)
            .ToList();

    /// <summary>Polls until at least <paramref name="count"/> messages reached the address, then returns them all.</summary>
    public async Task<IReadOnlyList<ReceivedEmail>> WaitForMessagesToAsync(string address, int count, TimeSpan? timeout = null)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var messages = MessagesTo(address);
            if (messages.Count >= count)
            {
                return messages;
            }
            if (clock.Elapsed > (timeout ?? DefaultWait))
            {
                throw new TimeoutException($"{address} received {messages.Count} message(s), expected {count}, in {_directory}.");
            }
            await Task.Delay(50);
        }
    }

    public async Task<ReceivedEmail> WaitForMessageToAsync(string address, TimeSpan? timeout = null) =>
        (await WaitForMessagesToAsync(address, 1, timeout))[0];

    /// <summary>The only message the address received; fails when there is none or more than one.</summary>
    public ReceivedEmail SingleMessageTo(string address) => MessagesTo(address) switch
    {
        [var only] => only,
        var all => throw new InvalidOperationException($"{address} received {all.Count} messages, expected exactly one: {string.Join("; ", all)}"),
    };

    private IEnumerable<string> Files()
    {
        if (!_isMaildir)
        {
            return Directory.Exists(_directory) ? Directory.EnumerateFiles(_directory, "*.eml") : [];
        }
        return new[] { "new", "cur" }.Select(d => Path.Combine(_directory, d)).Where(Directory.Exists).SelectMany(Directory.EnumerateFiles);
    }

    // Envelope headers come first: X-RcptTo from the SMTP sink, X-Receiver from System.Net.Mail's pickup writer.
    private string[]? RecipientsOf(string file)
    {
        if (_recipientsByFile.TryGetValue(file, out var known))
        {
            return known;
        }
        string[] recipients;
        try
        {
            using var reader = new StreamReader(file);
            var envelope = new List<string>();
            while (reader.ReadLine() is { Length: > 0 } line && (line.StartsWith("X-", StringComparison.Ordinal) || envelope.Count == 0))
            {
                if (line.StartsWith("X-RcptTo:", StringComparison.OrdinalIgnoreCase) || line.StartsWith("X-Receiver:", StringComparison.OrdinalIgnoreCase))
                {
                    envelope.AddRange(line[(line.IndexOf(':') + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(BareAddress));
                }
            }
            recipients = envelope.ToArray();
        }
        catch (IOException)
        {
            return null;
        }
        // Maildir files appear complete (renamed from tmp/); a pickup file may still be being written.
        if (_isMaildir)
        {
            _recipientsByFile[file] = recipients;
        }
        return recipients;
    }

    private static string BareAddress(string recipient) =>
        recipient.LastIndexOf('<') is var open and >= 0 && recipient.IndexOf('>', open) is var close and > 0
            ? recipient[(open + 1)..close]
            : recipient;

    private static ReceivedEmail? Read(string file)
    {
        try
        {
            return new ReceivedEmail(file, MimeMessage.Parse(File.ReadAllText(file)));
        }
        catch (Exception ex) when (ex is IOException or FormatException)
        {
            return null;
        }
    }
}

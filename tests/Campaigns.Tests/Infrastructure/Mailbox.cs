using System.Collections.Concurrent;
using System.Diagnostics;
using MimeKit;

namespace Campaigns.Tests.Infrastructure;

/// <summary>
/// Reads delivered mail: the app's pickup folder (.eml files) or the test SMTP server's Maildir. The Maildir
/// is shared by every run on the machine, so messages are always looked up by their (unique) recipient.
/// </summary>
public sealed class Mailbox
{
    private const string EnvelopeRecipients = "X-RcptTo";
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
            .OfType<ReceivedEmail>()
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

    // The SMTP sink puts the envelope first (X-RcptTo); a pickup file has only its To header. Addresses are compared
    // as MimeKit decodes them, so a punycode domain on the wire matches the address as it was typed.
    private string[]? RecipientsOf(string file)
    {
        if (_recipientsByFile.TryGetValue(file, out var known))
        {
            return known;
        }
        HeaderList headers;
        try
        {
            using var stream = File.OpenRead(file);
            headers = HeaderList.Load(stream);
        }
        catch (Exception ex) when (ex is IOException or FormatException)
        {
            return null;
        }
        var recipients = headers[EnvelopeRecipients] is { } envelope
            ? envelope.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(DecodedAddress).ToArray()
            : InternetAddressList.Parse(headers[HeaderId.To] ?? "").Mailboxes.Select(m => m.Address).ToArray();
        // Files appear whole: the sink's Maildir and the app's pickup folder both write elsewhere and rename.
        _recipientsByFile[file] = recipients;
        return recipients;
    }

    private static string DecodedAddress(string recipient) =>
        MailboxAddress.TryParse(recipient, out var mailbox) ? mailbox.Address : recipient;

    private static ReceivedEmail? Read(string file)
    {
        try
        {
            return new ReceivedEmail(file, MimeMessage.Load(file));
        }
        catch (Exception ex) when (ex is IOException or FormatException)
        {
            return null;
        }
    }
}

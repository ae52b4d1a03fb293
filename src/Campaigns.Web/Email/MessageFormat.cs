using MimeKit;

namespace Campaigns.Web.Email;

public static class MessageFormat
{
    /// <summary>CRLF line endings, as on the wire, also for .eml files; headers in 7-bit except an address that cannot be.</summary>
    public static FormatOptions Wire { get; } = CreateWire();

    private static FormatOptions CreateWire()
    {
        var options = FormatOptions.Default.Clone();
        options.NewLineFormat = NewLineFormat.Dos;
        return options;
    }
}

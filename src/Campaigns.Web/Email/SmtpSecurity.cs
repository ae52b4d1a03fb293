using MailKit.Security;

namespace Campaigns.Web.Email;

/// <summary>How the connection to the relay is protected.</summary>
public enum SmtpSecurity
{
    /// <summary>Implicit TLS on port 465; elsewhere STARTTLS when the relay offers it, plain text when it does not.</summary>
    Auto,

    /// <summary>STARTTLS, required: a relay that does not offer it is not used.</summary>
    StartTls,

    /// <summary>Implicit TLS from the first byte, usually on port 465.</summary>
    SslOnConnect,

    /// <summary>Plain text, for a relay on the same host or network.</summary>
    None,
}

public static class SmtpSecurityOptions
{
    public static SecureSocketOptions ToSocketOptions(this SmtpSecurity security) => security switch
    {
        SmtpSecurity.Auto => SecureSocketOptions.Auto,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        SmtpSecurity.None => SecureSocketOptions.None,
        _ => throw new ArgumentOutOfRangeException(nameof(security), security, null),
    };
}

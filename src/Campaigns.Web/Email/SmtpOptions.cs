using System.ComponentModel.DataAnnotations;

namespace Campaigns.Web.Email;

public class SmtpOptions
{
    public string Host { get; set; } = "localhost";

    public int Port { get; set; } = 587;

    public string? User { get; set; }

    public string? Password { get; set; }

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>How long a connection may wait unused for the next message before it is closed.</summary>
    public int IdleSeconds { get; set; } = 30;

    public IEnumerable<ValidationResult> Validate()
    {
        if (string.IsNullOrWhiteSpace(Host))
        {
            yield return new ValidationResult("Mail:Smtp:Host is required.");
        }
        if (Port is < 1 or > 65535)
        {
            yield return new ValidationResult("Mail:Smtp:Port must be between 1 and 65535.");
        }
        if (TimeoutSeconds is < 1 or > 600)
        {
            yield return new ValidationResult("Mail:Smtp:TimeoutSeconds must be between 1 and 600.");
        }
        if (IdleSeconds is < 1 or > 3600)
        {
            yield return new ValidationResult("Mail:Smtp:IdleSeconds must be between 1 and 3600.");
        }
        if (!Enum.IsDefined(Security))
        {
            yield return new ValidationResult("Mail:Smtp:Security must be Auto, StartTls, SslOnConnect or None.");
        }
    }
}

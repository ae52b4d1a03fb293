using System.ComponentModel.DataAnnotations;

namespace Campaigns.Web.Email;

public class MailOptions
{
    public const string Section = "Mail";

    [Required, EmailAddress] public string FromAddress { get; set; } = "campaigns@localhost";

    [Required, StringLength(100)] public string FromName { get; set; } = "Campaigns";

    /// <summary>When set, messages are written as .eml files to this folder instead of going to SMTP.</summary>
    public string? PickupDirectory { get; set; }

    public SmtpOptions Smtp { get; set; } = new();

    [Range(1, 32)] public int Parallelism { get; set; } = 4;
}

public class SmtpOptions
{
    public string Host { get; set; } = "localhost";

    [Range(1, 65535)] public int Port { get; set; } = 587;

    public string? User { get; set; }

    public string? Password { get; set; }

    public bool StartTls { get; set; } = true;

    [Range(1, 600)] public int TimeoutSeconds { get; set; } = 30;
}

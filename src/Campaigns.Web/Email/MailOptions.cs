using System.ComponentModel.DataAnnotations;

namespace Campaigns.Web.Email;

public class MailOptions : IValidatableObject
{
    public const string Section = "Mail";

    [Required, EmailAddress] public string FromAddress { get; set; } = "campaigns@localhost";

    [Required, StringLength(100)] public string FromName { get; set; } = "Campaigns";

    /// <summary>When set, messages are written as .eml files to this folder instead of going to SMTP.</summary>
    public string? PickupDirectory { get; set; }

    public SmtpOptions Smtp { get; set; } = new();

    public DkimOptions Dkim { get; set; } = new();

    [Range(1, 32)] public int Parallelism { get; set; } = 4;

    /// <summary>
    /// Whether people may type addresses with letters outside ASCII before the @ (王小明@example.org). Only a relay
    /// that offers SMTPUTF8 can deliver to them, and a form cannot know the relay, so it is off unless the relay is known to.
    /// </summary>
    public bool AllowInternationalLocalParts { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Smtp.Validate().Concat(Dkim.Validate());
}

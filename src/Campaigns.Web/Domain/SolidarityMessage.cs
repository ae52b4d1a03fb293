namespace Campaigns.Web.Domain;

/// <summary>
/// A supporter's short message to a person detained or to their family. It counts once its writer confirmed it from
/// the email, and shows on the case page and in the printed bundle once the case's organizers approved it.
/// </summary>
public class SolidarityMessage
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public MessageAddressee Addressee { get; set; }
    public string Text { get; set; } = "";
    public string? FirstName { get; set; }
    public string Country { get; set; } = "";
    public WriterShown Shown { get; set; }

    /// <summary>Null once retention erased it; the message and the name as agreed stay.</summary>
    public string? Email { get; set; }
    public string? IpHash { get; set; }

    /// <summary>The language the writer used on the site, for the confirmation email.</summary>
    public string? Culture { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ConfirmedAt { get; set; }
    public MessageReview Review { get; set; }
    public DateTime? ReviewedAt { get; set; }
}

public enum MessageAddressee { Person, Family }

/// <summary>How the writer agreed to be named wherever the message is shown or printed.</summary>
public enum WriterShown { FirstNameAndCountry, CountryOnly, Anonymous }

public enum MessageReview { Pending, Approved, Rejected }

public static class SolidarityMessageLimits
{
    public const int Text = 1500;
    public const int FirstName = 50;
}

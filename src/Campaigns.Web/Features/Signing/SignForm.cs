namespace Campaigns.Web.Features.Signing;

/// <summary>The sign form as posted by the page. <see cref="Website"/> is a honeypot that people never see.</summary>
public sealed class SignForm
{
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Country { get; set; }
    public string? City { get; set; }
    public string? Comment { get; set; }
    public string ShowName { get; set; } = "hidden";
    public bool EmailUpdates { get; set; }
    public string? Website { get; set; }

    public string? PersonalText { get; set; }

    /// <summary>"organisation" when signing a joint statement for an organisation.</summary>
    public string SignAs { get; set; } = "individual";
    public string? OrganisationName { get; set; }
    public string? OrganisationDomain { get; set; }
    public string? SignerRole { get; set; }

    /// <summary>"preview" shows the letter with what was typed, without signing.</summary>
    public string? Command { get; set; }

    public bool IsFromBot => !string.IsNullOrEmpty(Website);

    public bool WantsPreview => Command == "preview";

    public bool SignsForOrganisation => SignAs == "organisation";

    public SignCampaign.Request ToRequest() => new()
    {
        Name = Name,
        Email = Email,
        Country = Country,
        City = City,
        Comment = Comment,
        PublicName = ShowName is "full" or "initials",
        InitialsOnly = ShowName == "initials",
        EmailUpdates = EmailUpdates,
        PersonalText = string.IsNullOrWhiteSpace(PersonalText) ? null : PersonalText,
        Organisation = SignsForOrganisation
            ? new Letters.OrganisationBlock { OrganisationName = OrganisationName, OrganisationDomain = OrganisationDomain, SignerRole = SignerRole }
            : null,
    };
}

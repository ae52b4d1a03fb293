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

    public bool IsFromBot => !string.IsNullOrEmpty(Website);

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
    };
}

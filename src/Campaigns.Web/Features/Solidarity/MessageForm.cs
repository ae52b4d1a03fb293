using Campaigns.Web.Domain;

namespace Campaigns.Web.Features.Solidarity;

/// <summary>The message form as posted by the page. <see cref="Website"/> is a honeypot that people never see.</summary>
public sealed class MessageForm
{
    public string? Addressee { get; set; } = nameof(MessageAddressee.Person);
    public string? Text { get; set; }
    public string? FirstName { get; set; }
    public string? Country { get; set; }
    public string? Shown { get; set; } = nameof(WriterShown.FirstNameAndCountry);
    public string? Email { get; set; }
    public string? Website { get; set; }

    public bool IsFromBot => !string.IsNullOrEmpty(Website);

    public WriteMessage.Request ToRequest() => new()
    {
        Addressee = Addressee, Text = Text, FirstName = FirstName, Country = Country, Shown = Shown, Email = Email,
    };
}

public sealed record WriteMessagePage(string CaseSlug, string CaseName, MessageForm Form);

public sealed record MessageConfirmationPage(string Token, ConfirmMessage.Result Result);

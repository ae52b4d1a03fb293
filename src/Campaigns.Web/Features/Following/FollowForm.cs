namespace Campaigns.Web.Features.Following;

/// <summary>The follow form as posted by the page. <see cref="Website"/> is a honeypot that people never see.</summary>
public sealed class FollowForm
{
    public string? Email { get; set; }
    public string? Website { get; set; }

    public bool IsFromBot => !string.IsNullOrEmpty(Website);
}

public sealed record FollowPage(string CaseSlug, string CaseName, FollowForm Form);

public sealed record FollowerConfirmationPage(string Token, ConfirmFollower.Result Result);

public sealed record UnsubscribePage(string Token, Unsubscribe.Result Result);

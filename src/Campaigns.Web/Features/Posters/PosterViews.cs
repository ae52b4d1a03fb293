using Campaigns.Web.Features.Counting;

namespace Campaigns.Web.Features.Posters;

/// <summary>A person the campaign is about, as the poster shows them: their photo, or their initials when there is none.</summary>
public sealed record PosterPerson(string Name, string? NativeName, string? PhotoUrl, string Language)
{
    public string Initials => Posters.Initials.Of(Name);
}

/// <summary>
/// What a campaign's poster prints. The title is in the campaign's own language, as it is shown to the people
/// passing by; <paramref name="Address"/> is what the QR code and the printed link lead to.
/// </summary>
public sealed record Poster(
    string Slug, string Title, string Language, CampaignSupport Support, DateTime? CountedAt, string Address, string QrCodeSvg,
    IReadOnlyList<PosterPerson> People);

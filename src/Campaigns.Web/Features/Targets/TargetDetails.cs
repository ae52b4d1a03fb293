using Campaigns.Web.Domain;

namespace Campaigns.Web.Features.Targets;

/// <summary>A directory entry as organizers see it.</summary>
public sealed record TargetDetails(
    Guid Id,
    Guid OrganisationId,
    string Name,
    string? Title,
    string? Organisation,
    string? Country,
    string? Email,
    string? PostalAddress,
    string? Salutation,
    string? Language,
    string? TimeZone,
    string? Notes,
    DeliveryChannel Channel,
    DeliveryMode Mode,
    int? HourlyCap,
    string? OfficeHoursStart,
    string? OfficeHoursEnd,
    int? DigestThreshold,
    bool DigestDaily,
    DateTime CreatedAt,
    DateTime? RetiredAt)
{
    public bool IsRetired => RetiredAt is not null;

    public static TargetDetails From(Target t) => new(
        t.Id, t.OrganisationId, t.Name, t.Title, t.Affiliation, t.Country, t.Email, t.PostalAddress, t.Salutation,
        t.Language, t.TimeZone, t.Notes, t.Channel, t.Mode, t.HourlyCap,
        OfficeHoursText.Format(t.OfficeHoursStart), OfficeHoursText.Format(t.OfficeHoursEnd),
        t.DigestThreshold, t.DigestDaily, t.CreatedAt, t.RetiredAt);
}

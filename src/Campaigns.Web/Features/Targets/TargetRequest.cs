using Campaigns.Web.Domain;

namespace Campaigns.Web.Features.Targets;

/// <summary>An official as the organizer describes them, with how letters should reach them.</summary>
public sealed record TargetRequest
{
    public Guid? OrganisationId { get; init; }
    public string? Name { get; init; }
    public string? Title { get; init; }
    public string? Organisation { get; init; }
    public string? Country { get; init; }
    public string? Email { get; init; }

    /// <summary>Free text, one line per line of the address as it should be printed on the envelope.</summary>
    public string? PostalAddress { get; init; }
    public string? Salutation { get; init; }
    public string? Language { get; init; }
    public string? TimeZone { get; init; }
    public string? Notes { get; init; }

    /// <summary>Email or post; left out, email when an address is given, post otherwise.</summary>
    public DeliveryChannel? Channel { get; init; }
    public DeliveryMode? Mode { get; init; }
    public int? HourlyCap { get; init; }

    /// <summary>"09:00", in the target's time zone.</summary>
    public string? OfficeHoursStart { get; init; }
    public string? OfficeHoursEnd { get; init; }
    public int? DigestThreshold { get; init; }
    public bool DigestDaily { get; init; }

    public DeliveryChannel ChosenChannel => Channel ?? (string.IsNullOrWhiteSpace(Email) ? DeliveryChannel.Post : DeliveryChannel.Email);

    public DeliveryMode ChosenMode => Mode ?? DeliveryMode.Individual;
}

using Campaigns.Web.Domain;

namespace Campaigns.Web.Seeding;

// The shapes of the files in seeds/. Paths are relative to the seeds folder. Fields the model cannot hold
// yet (signatory groups, co-signers, urgent-action references) stay in the files, unread here.

public sealed class OrganisationSeed
{
    public required string Slug { get; init; }
    public required string Name { get; init; }
}

public sealed class AccountSeed
{
    public required string Email { get; init; }
    public required string DisplayName { get; init; }
    public required string DevelopmentPassword { get; init; }
    public IReadOnlyList<string> Roles { get; init; } = [];
    public IReadOnlyList<string> Organisations { get; init; } = [];
}

public sealed class CaseSeed
{
    public required string Slug { get; init; }
    public required string Organisation { get; init; }
    public required string Name { get; init; }
    public string? NativeName { get; init; }
    public string? Country { get; init; }
    public CaseStatus Status { get; init; }
    public DateOnly? DetainedSince { get; init; }
    public string? Charges { get; init; }
    public string? Sentence { get; init; }
    public string? PlaceOfDetention { get; init; }
    public string? BiographyFile { get; init; }
}

public sealed class TargetSeed
{
    public required string Key { get; init; }
    public required string Organisation { get; init; }
    public required string Name { get; init; }
    public string? Title { get; init; }
    public string? Affiliation { get; init; }
    public string? Country { get; init; }
    public string? Email { get; init; }
    public string? PostalAddress { get; init; }
    public string? Salutation { get; init; }
    public string? Language { get; init; }
    public string? TimeZone { get; init; }
    public string? Notes { get; init; }
    public DeliveryChannel Channel { get; init; }
    public DeliveryMode Mode { get; init; }
    public int? HourlyCap { get; init; }
    public TimeOnly? OfficeHoursStart { get; init; }
    public TimeOnly? OfficeHoursEnd { get; init; }
    public int? DigestThreshold { get; init; }
    public bool DigestDaily { get; init; }
}

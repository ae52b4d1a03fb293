using System.Globalization;
using Campaigns.Web.Domain;
using FluentValidation.Results;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Targets;

/// <summary>
/// A target as text, the way the page form and a CSV row hold it. Numbers and choices are read here so that a
/// wrong value gets the same message from both.
/// </summary>
public sealed class TargetForm
{
    public Guid? OrganisationId { get; set; }
    public string? Name { get; set; }
    public string? Title { get; set; }
    public string? Organisation { get; set; }
    public string? Country { get; set; }
    public string? Email { get; set; }
    public string? PostalAddress { get; set; }
    public string? Salutation { get; set; }
    public string? Language { get; set; }
    public string? TimeZone { get; set; }
    public string? Notes { get; set; }
    public string? Channel { get; set; }
    public string? Mode { get; set; }
    public string? HourlyCap { get; set; }
    public string? OfficeHoursStart { get; set; }
    public string? OfficeHoursEnd { get; set; }
    public string? DigestThreshold { get; set; }
    public string? DigestDaily { get; set; }

    public static TargetForm From(TargetDetails t) => new()
    {
        OrganisationId = t.OrganisationId, Name = t.Name, Title = t.Title, Organisation = t.Organisation, Country = t.Country,
        Email = t.Email, PostalAddress = t.PostalAddress, Salutation = t.Salutation, Language = t.Language, TimeZone = t.TimeZone,
        Notes = t.Notes, Channel = Words.Of(t.Channel), Mode = Words.Of(t.Mode),
        HourlyCap = t.HourlyCap?.ToString(CultureInfo.InvariantCulture), OfficeHoursStart = t.OfficeHoursStart, OfficeHoursEnd = t.OfficeHoursEnd,
        DigestThreshold = t.DigestThreshold?.ToString(CultureInfo.InvariantCulture), DigestDaily = t.DigestDaily ? "yes" : null,
    };

    /// <summary>The request, and the values that could not even be read (which the validator then never sees).</summary>
    public (TargetRequest Request, IReadOnlyList<ValidationFailure> Unreadable) ToRequest(IStringLocalizer l)
    {
        var errors = new List<ValidationFailure>();
        var request = new TargetRequest
        {
            OrganisationId = OrganisationId, Name = Name, Title = Title, Organisation = Organisation, Country = Country, Email = Email,
            PostalAddress = PostalAddress, Salutation = Salutation, Language = Language, TimeZone = TimeZone, Notes = Notes,
            Channel = Read<DeliveryChannel>(Channel, nameof(Channel), l["Channel must be email or post."], errors),
            Mode = Read<DeliveryMode>(Mode, nameof(Mode), l["Mode must be individual, digest or on_release."], errors),
            HourlyCap = Number(HourlyCap, nameof(HourlyCap), l["The hourly cap must be a whole number."], errors),
            OfficeHoursStart = OfficeHoursStart, OfficeHoursEnd = OfficeHoursEnd,
            DigestThreshold = Number(DigestThreshold, nameof(DigestThreshold), l["The digest threshold must be a whole number."], errors),
            DigestDaily = Flag(DigestDaily, l["Daily digest must be yes or no."], errors),
        };
        return (request, errors);
    }

    private static T? Read<T>(string? text, string field, string message, List<ValidationFailure> errors) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (Words.TryRead<T>(text, out var value))
        {
            return value;
        }
        errors.Add(new ValidationFailure(field, message));
        return null;
    }

    private static int? Number(string? text, string field, string message, List<ValidationFailure> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        errors.Add(new ValidationFailure(field, message));
        return null;
    }

    private static bool Flag(string? text, string message, List<ValidationFailure> errors)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "no" or "false" or "0":
                return false;
            case "yes" or "true" or "1":
                return true;
            default:
                errors.Add(new ValidationFailure(nameof(DigestDaily), message));
                return false;
        }
    }
}

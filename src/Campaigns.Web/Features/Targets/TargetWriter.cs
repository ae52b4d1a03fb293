using Campaigns.Web.Domain;
using Campaigns.Web.Features.Organizer;

namespace Campaigns.Web.Features.Targets;

/// <summary>Copies a validated request onto a target, tidied the way every other organizer text is.</summary>
public static class TargetWriter
{
    public static void Apply(Target target, TargetRequest r)
    {
        target.Name = Text.Clean(r.Name)!;
        target.Title = Text.Clean(r.Title);
        target.Affiliation = Text.Clean(r.Organisation);
        target.Country = Text.Clean(r.Country)?.ToUpperInvariant();
        target.Email = Text.Clean(r.Email);
        target.PostalAddress = Lines(r.PostalAddress);
        target.Salutation = Text.Clean(r.Salutation);
        target.Language = Text.Clean(r.Language);
        target.TimeZone = Text.Clean(r.TimeZone);
        target.Notes = Text.CleanBlock(r.Notes);
        target.Channel = r.ChosenChannel;
        target.Mode = r.ChosenMode;
        target.HourlyCap = r.HourlyCap;
        target.OfficeHoursStart = OfficeHoursText.Parse(r.OfficeHoursStart);
        target.OfficeHoursEnd = OfficeHoursText.Parse(r.OfficeHoursEnd);
        target.DigestThreshold = r.DigestThreshold;
        target.DigestDaily = r.DigestDaily;
    }

    // Each line trimmed and blank lines dropped: an address is printed line by line on the envelope.
    private static string? Lines(string? text) =>
        Text.CleanBlock(text) is { } block
            ? string.Join('\n', block.Split('\n').Select(Text.Clean).OfType<string>())
            : null;
}

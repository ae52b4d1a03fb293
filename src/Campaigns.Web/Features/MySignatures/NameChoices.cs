using Campaigns.Web.Domain;

namespace Campaigns.Web.Features.MySignatures;

/// <summary>The name choices as forms and the API spell them.</summary>
public static class NameChoices
{
    public static readonly IReadOnlyList<NameDisplay> All = [NameDisplay.Full, NameDisplay.Initials, NameDisplay.Hidden, NameDisplay.Never];

    public static string Spell(NameDisplay display) => display.ToString().ToLowerInvariant();

    public static NameDisplay? Parse(string? text) => All.Cast<NameDisplay?>().FirstOrDefault(d => Spell(d!.Value) == text?.Trim().ToLowerInvariant());
}

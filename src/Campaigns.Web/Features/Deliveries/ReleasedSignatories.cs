using System.Globalization;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Letters;
using Campaigns.Web.Features.Signing;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Deliveries;

/// <summary>
/// The signatories under a released letter, as the printed letter lists them: each group with its listed names
/// and, where online signers go, those who agreed to show their name (the others counted); then co-signing organisations.
/// </summary>
public static class ReleasedSignatories
{
    public static IEnumerable<string> Paragraphs(PublicSignatories signatories, CampaignKind kind, IStringLocalizer l)
    {
        if (signatories.Groups.Count == 0 && signatories.Organisations.Count == 0)
        {
            yield break;
        }
        yield return kind == CampaignKind.JointStatement ? l["Signed by"] : l["Signatories"];
        foreach (var group in signatories.Groups)
        {
            yield return WithCountry(group.Name.Length == 0 ? l["Supporters"] : group.Name, group.Country);
            foreach (var signatory in group.Signatories)
            {
                var name = signatory.Role is null ? signatory.Name : $"{signatory.Name}, {signatory.Role}";
                yield return signatory.Country == group.Country ? name : WithCountry(name, signatory.Country);
            }
            if (group.More > 0)
            {
                yield return l["and {0} more", group.More.ToString("N0", CultureInfo.InvariantCulture)];
            }
        }
        if (signatories.Organisations.Count > 0)
        {
            yield return l["Co-signing organisations"];
            foreach (var organisation in signatories.Organisations)
            {
                yield return organisation.Name;
            }
        }
    }

    private static string WithCountry(string text, string? country) =>
        country is null ? text : $"{text} ({Countries.Name(country)})";
}

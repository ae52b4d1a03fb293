using System.Security.Claims;
using Campaigns.Web.Features.Organizer;

namespace Campaigns.Web.Features.Letters;

public sealed record LetterAdminPage(
    OrganizerCampaign Campaign, LetterSettings Settings, IReadOnlyList<SignatoryGroupView> Groups, IReadOnlyList<OrganisationSignatureView> Organisations);

/// <summary>Gathers what the organizer's letter page shows: settings, groups with their signatories, organisations that signed.</summary>
public class LetterAdminPages(
    GetCampaign.Handler campaigns, UpdateLetterSettings.Handler settings, SignatoryGroupCommands groups, OrganisationApprovals organisations)
{
    public async Task<OrganizerResult<LetterAdminPage>> BuildAsync(ClaimsPrincipal user, string slug, LetterSettings? typed, CancellationToken ct)
    {
        var campaign = await campaigns.HandleAsync(user, slug, ct);
        if (!campaign.IsOk)
        {
            return campaign.Fail<LetterAdminPage>();
        }
        var stored = await settings.GetAsync(user, slug, ct);
        var groupList = await groups.ListAsync(user, slug, ct);
        if (!groupList.IsOk)
        {
            return groupList.Fail<LetterAdminPage>();
        }
        // Viewers see the letter without the co-signing organisations' representatives and their addresses.
        var signed = await organisations.ListAsync(user, slug, ct);
        return OrganizerResult<LetterAdminPage>.Ok(new LetterAdminPage(campaign.Value!, typed ?? stored.Value!, groupList.Value!, signed.Value ?? []));
    }
}

using System.Security.Claims;
using Campaigns.Web.Features.Organizer;

namespace Campaigns.Web.Features.Targets;

public sealed record TargetFormPage(TargetForm Form, TargetDetails? Existing, IReadOnlyList<OrganisationChoice> Organisations)
{
    public bool IsNew => Existing is null;
}

public sealed record TargetImportPage(int? Created, IReadOnlyList<OrganisationChoice> Organisations);

/// <summary>Builds the view models of the directory pages.</summary>
public class TargetPages(CampaignAccess access)
{
    public async Task<TargetFormPage> FormAsync(ClaimsPrincipal user, TargetForm form, TargetDetails? existing, CancellationToken ct) =>
        new(form, existing, await access.OrganisationsAsync(user, AccessNeed.Change, ct));

    public async Task<TargetImportPage> ImportAsync(ClaimsPrincipal user, int? created, CancellationToken ct) =>
        new(created, await access.OrganisationsAsync(user, AccessNeed.Change, ct));
}

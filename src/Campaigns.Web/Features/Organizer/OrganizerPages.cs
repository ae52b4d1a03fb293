using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Campaigns;
using Campaigns.Web.Features.Targets;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Organizer;

public sealed record CampaignFormPage(
    CampaignForm Form, IReadOnlyList<CaseLink> Cases, IReadOnlyList<OrganisationChoice> Organisations, IReadOnlyList<TargetChoice>? Directory = null);

/// <summary>A campaign as its organizers manage it; viewers get no signatures and no buttons that change anything.</summary>
public sealed record ManagePage(OrganizerCampaign Campaign, ListSignatures.Response? Signatures, string? ClosingMessage, bool MayChange);

/// <summary>Builds the view models of the organizer pages that need more than one use case's answer.</summary>
public class OrganizerPages(
    CampaignsDbContext db, CampaignAccess access, GetCampaign.Handler campaigns, ListSignatures.Handler signatures, TargetChoices directory)
{
    public const int SignaturesPerPage = 50;

    public async Task<CampaignFormPage> FormAsync(ClaimsPrincipal user, CampaignForm form, CancellationToken ct)
    {
        var cases = await db.Cases.AsNoTracking()
            .OrderBy(c => c.Name)
            .Select(c => new CaseLink(c.Slug, c.Name, c.NativeName))
            .ToListAsync(ct);
        var organisations = await access.OrganisationsAsync(user, AccessNeed.Change, ct);
        return new CampaignFormPage(form, cases, organisations, await directory.ForAsync(organisations, ct));
    }

    /// <summary>The edit form re-rendered with what the organizer typed, locked as the stored campaign is.</summary>
    public async Task<CampaignFormPage> EditFormAsync(ClaimsPrincipal user, string slug, CampaignForm form, CancellationToken ct)
    {
        var campaign = await campaigns.HandleAsync(user, slug, ct);
        form.Slug = slug;
        form.TextLocked = campaign.Value is { Status: not CampaignStatus.Draft };
        return await FormAsync(user, form, ct);
    }

    public async Task<OrganizerResult<ManagePage>> ManageAsync(
        ClaimsPrincipal user, string slug, string? status, int page, string? closingMessage, CancellationToken ct)
    {
        var campaign = await campaigns.HandleAsync(user, slug, ct);
        if (!campaign.IsOk)
        {
            return campaign.Fail<ManagePage>();
        }
        var request = new ListSignatures.Request
        {
            Status = SignatureFilter.IsKnown(status) ? status : SignatureFilter.All,
            Page = Math.Max(page, 1),
            PageSize = SignaturesPerPage,
        };
        var list = await signatures.HandleAsync(user, slug, request, ct);
        if (list.Outcome is not (OrganizerOutcome.Ok or OrganizerOutcome.Forbidden))
        {
            return list.Fail<ManagePage>();
        }
        var mayChange = (await access.CheckAsync(user, slug, AccessNeed.Change, ct)).IsOk;
        return OrganizerResult<ManagePage>.Ok(new ManagePage(campaign.Value!, list.Value, closingMessage, mayChange));
    }
}

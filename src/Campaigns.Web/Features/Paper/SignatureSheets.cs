using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Features.Sharing;
using Campaigns.Web.Infrastructure;
using Campaigns.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Paper;

public sealed record SheetCampaign(
    Guid Id, string Slug, string Title, string Summary, string Language, CampaignKind Kind, CampaignStatus Status,
    DateTime? Deadline, string OrganisationName, string? ContactName, string? ContactEmail);

public sealed record SignatureSheet(SheetCampaign Campaign, SheetText Text, string Address, string QrSvg, bool ForOrganizer)
{
    public const int Rows = 12;
}

/// <summary>
/// A printable sheet for gathering signatures on paper. It holds nothing private, so supporters running a stall
/// print it from the public page while the campaign takes signatures; organizers also print it for drafts.
/// </summary>
public class SignatureSheets(CampaignsDbContext db, CampaignAccess access, IOptions<CampaignsOptions> site, IStringLocalizer<SharedResource> l, TimeProvider clock)
{
    public async Task<SignatureSheet?> PublicAsync(string slug, CancellationToken ct)
    {
        var campaign = await FindAsync(slug, ct);
        return campaign is not null && Campaign.IsOpen(campaign.Status, campaign.Deadline, clock.GetUtcNow().UtcDateTime)
            ? Sheet(campaign, forOrganizer: false)
            : null;
    }

    public async Task<OrganizerResult<SignatureSheet>> OrganizerAsync(ClaimsPrincipal user, string slug, CancellationToken ct)
    {
        var grant = await access.CheckAsync(user, slug, AccessNeed.See, ct);
        return grant.IsOk
            ? OrganizerResult<SignatureSheet>.Ok(Sheet((await FindAsync(slug, ct))!, forOrganizer: true))
            : grant.Fail<SignatureSheet>();
    }

    private SignatureSheet Sheet(SheetCampaign campaign, bool forOrganizer)
    {
        // The code opens the campaign in its own language, as the sheet is printed.
        var address = site.Value.Link($"/campaigns/{campaign.Slug}?lang={campaign.Language}");
        return new SignatureSheet(campaign, SheetText.For(l, campaign, site.Value.Link($"/campaigns/{campaign.Slug}")), address, QrCodeSvg.Render(address), forOrganizer);
    }

    private Task<SheetCampaign?> FindAsync(string slug, CancellationToken ct) =>
        db.Campaigns.AsNoTracking().Where(c => c.Slug == slug)
            .Select(c => new SheetCampaign(c.Id, c.Slug, c.Title, c.Summary, c.Language, c.Kind, c.Status, c.Deadline,
                c.Organisation!.Name, c.ContactName, c.ContactEmail))
            .SingleOrDefaultAsync(ct);
}

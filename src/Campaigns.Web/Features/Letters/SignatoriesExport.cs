using Campaigns.Web.Features.Counting;
using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Data.Faults;
using Campaigns.Web.Features.Audit;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Organizer;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Letters;

public sealed record SignatoryRow(
    string Group, string Source, string Name, bool IsOrganisation, string? OrganisationName, string? OrganisationDomain, string? Role,
    string? Country, string? City, string? Email, string? PersonalText, DateTime? SignedAt, DateTime? ConfirmedAt);

/// <summary>Everyone who signs the letter, for the organizer: listed signatories by group, then confirmed online signers.</summary>
public class SignatoriesExport(CampaignsDbContext db, LetterAccess access, AuditTrail audit)
{
    public sealed record Export(string FileName, IAsyncEnumerable<SignatoryRow> Rows);

    public async Task<OrganizerResult<Export>> HandleAsync(ClaimsPrincipal user, string slug, CancellationToken ct)
    {
        var grant = await access.CheckAsync(user, slug, AccessNeed.SignerData, ct);
        if (!grant.IsOk)
        {
            return grant.Fail<Export>();
        }
        var campaignId = grant.Value!.CampaignId;
        await audit.RecordNowAsync(user, grant.Value.OrganisationId, AuditAction.SignatoriesExported, slug, ct);
        var groups = await db.SignatoryGroups.AsNoTracking().Where(g => g.CampaignId == campaignId).OrderBy(g => g.Position).ToListAsync(ct);
        var listed = await db.ListedSignatories.AsNoTracking().Where(s => s.CampaignId == campaignId).ToListAsync(ct);
        var onlineGroup = groups.FirstOrDefault(g => g.ReceivesOnlineSigners)?.Name ?? "";
        var listedRows = groups.SelectMany(g => listed.Where(s => s.GroupId == g.Id).OrderBy(s => s.Position)
            .Select(s => new SignatoryRow(g.Name, "listed", s.Name, s.IsOrganisation, s.IsOrganisation ? s.Name : null, null, s.Role,
                s.Country ?? g.Country, null, null, null, null, null)));
        return OrganizerResult<Export>.Ok(new Export($"{grant.Value.Slug}-signatories.csv", RowsAsync(listedRows, campaignId, onlineGroup, ct)));
    }

    private async IAsyncEnumerable<SignatoryRow> RowsAsync(
        IEnumerable<SignatoryRow> listed, Guid campaignId, string onlineGroup, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var row in listed)
        {
            yield return row;
        }
        var online = db.Signatures.AsNoTracking().ThatCount()
            .Where(s => s.CampaignId == campaignId)
            .OrderBy(s => s.ConfirmedAt).ThenBy(s => s.Id)
            .Select(s => s.NameDisplay == NameDisplay.Never
                ? new SignatoryRow(onlineGroup, "online-unnamed", "", false, null, null, null, s.Country, null, null, null, s.CreatedAt, s.ConfirmedAt)
                : new SignatoryRow(
                    s.Kind == SignerKind.Organisation ? "" : onlineGroup, "online", s.Name, s.Kind == SignerKind.Organisation, s.OrganisationName,
                    s.OrganisationDomain, s.SignerRole, s.Country, s.City, s.Email, s.PersonalText, s.CreatedAt, s.ConfirmedAt))
            .Streamed(db, ct);
        await foreach (var row in online)
        {
            yield return row;
        }
    }
}

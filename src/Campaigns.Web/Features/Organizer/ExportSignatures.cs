using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Data.Faults;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Audit;
using Campaigns.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Organizer;

public static class ExportSignatures
{
    public sealed record Export(string FileName, IAsyncEnumerable<SignatureRow> Rows);

    public class Handler(IStringLocalizer<SharedResource> l, CampaignsDbContext db, CampaignAccess access, AuditTrail audit)
    {
        /// <summary>The rows stream from the database as the file is written, so a large campaign is never held in memory.</summary>
        public async Task<OrganizerResult<Export>> HandleAsync(ClaimsPrincipal user, string slug, string? status, CancellationToken ct)
        {
            if (!SignatureFilter.IsKnown(status))
            {
                return OrganizerResult<Export>.Invalid("Status", l["Status must be confirmed, pending or all."]);
            }
            var grant = await access.CheckAsync(user, slug, AccessNeed.SignerData, ct);
            if (!grant.IsOk)
            {
                return grant.Fail<Export>();
            }
            var campaignId = grant.Value!.CampaignId;
            await audit.RecordNowAsync(user, grant.Value.OrganisationId, AuditAction.SignaturesExported, slug, ct, SignatureFilter.Label(status ?? SignatureFilter.Confirmed));
            var rows = SignatureFilter.Apply(db.Signatures.AsNoTracking().Where(s => s.CampaignId == campaignId), status ?? SignatureFilter.Confirmed)
                .OrderBy(s => s.CreatedAt).ThenBy(s => s.Id)
                .Select(s => new SignatureRow(s.Name, s.Email, s.Country, s.City, s.Comment, s.NameDisplay, s.EmailUpdates, s.CreatedAt, s.ConfirmedAt, s.Id))
                .Streamed(db, ct);
            return OrganizerResult<Export>.Ok(new Export($"{grant.Value.Slug}-signatures.csv", rows));
        }
    }
}

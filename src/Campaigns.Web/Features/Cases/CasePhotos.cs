using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Features.Audit;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Cases.Photos;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Cases;

/// <summary>A stored photo or thumbnail as the site serves it.</summary>
public sealed record PhotoFile(byte[] Content, string ContentType, DateTime UpdatedAt);

/// <summary>Replaces or removes a case's photo. Nothing is stored unless the upload decodes as an image.</summary>
public class CasePhotos(IStringLocalizer<SharedResource> l, CampaignsDbContext db, CaseAccess access, CaseQueries queries, PhotoProcessor processor, AuditTrail audit, TimeProvider clock)
{
    public const string Field = "photo";

    public async Task<OrganizerResult<CaseDetail>> UploadAsync(ClaimsPrincipal user, string slug, byte[]? upload, CancellationToken ct)
    {
        var grant = await access.CheckAsync(user, slug, AccessNeed.Change, ct);
        if (!grant.IsOk)
        {
            return grant.Fail<CaseDetail>();
        }
        if (upload is null || upload.Length == 0)
        {
            return OrganizerResult<CaseDetail>.Invalid(Field, l["Choose a photo to upload."]);
        }
        var outcome = processor.Process(upload);
        if (outcome.Photo is not { } photo)
        {
            return OrganizerResult<CaseDetail>.Invalid(Field, outcome.Error!);
        }
        var caseId = grant.Value!.CaseId;
        var now = clock.GetUtcNow().UtcDateTime;
        var stored = await db.CasePhotos.SingleOrDefaultAsync(p => p.CaseId == caseId, ct);
        if (stored is null)
        {
            stored = new CasePhoto { CaseId = caseId };
            db.CasePhotos.Add(stored);
        }
        (stored.Content, stored.ContentType, stored.Width, stored.Height, stored.UpdatedAt) = (photo.Content, photo.ContentType, photo.Width, photo.Height, now);
        stored.Thumbnail = outcome.Thumbnail?.Content;
        var person = await db.Cases.SingleAsync(c => c.Id == caseId, ct);
        person.PhotoUpdatedAt = now;
        audit.Record(user, person.OrganisationId, AuditAction.CaseEdited, slug, AuditDetails.PhotoChanged);
        await db.SaveChangesAsync(ct);
        return OrganizerResult<CaseDetail>.Ok(await queries.LoadAsync(caseId, ct));
    }

    public async Task<OrganizerResult<CaseDetail>> RemoveAsync(ClaimsPrincipal user, string slug, CancellationToken ct)
    {
        var grant = await access.CheckAsync(user, slug, AccessNeed.Change, ct);
        if (!grant.IsOk)
        {
            return grant.Fail<CaseDetail>();
        }
        var caseId = grant.Value!.CaseId;
        await db.CasePhotos.Where(p => p.CaseId == caseId).ExecuteDeleteAsync(ct);
        var person = await db.Cases.SingleAsync(c => c.Id == caseId, ct);
        person.PhotoUpdatedAt = null;
        audit.Record(user, person.OrganisationId, AuditAction.CaseEdited, slug, AuditDetails.PhotoRemoved);
        await db.SaveChangesAsync(ct);
        return OrganizerResult<CaseDetail>.Ok(await queries.LoadAsync(caseId, ct));
    }

    public Task<PhotoFile?> FindAsync(string slug, CancellationToken ct) =>
        db.CasePhotos.AsNoTracking()
            .Where(p => db.Cases.Any(c => c.Slug == slug && c.Id == p.CaseId))
            .Select(p => new PhotoFile(p.Content, p.ContentType, p.UpdatedAt))
            .SingleOrDefaultAsync(ct);
}

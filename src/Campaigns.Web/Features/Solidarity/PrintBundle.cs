using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Features.Cases;
using Campaigns.Web.Features.Organizer;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Solidarity;

public sealed record MessageBundle(string CaseSlug, string PersonName, string? NativeName, IReadOnlyList<PublicMessage> Messages);

/// <summary>
/// The approved messages as a stack of pages for posting to the prison or handing to the family, oldest first, each
/// naming the writer only as they agreed.
/// </summary>
public class PrintBundle(CampaignsDbContext db, CaseAccess access)
{
    public async Task<OrganizerResult<MessageBundle>> BuildAsync(ClaimsPrincipal user, string slug, CancellationToken ct)
    {
        var grant = await access.CheckAsync(user, slug, AccessNeed.See, ct);
        if (!grant.IsOk)
        {
            return grant.Fail<MessageBundle>();
        }
        var person = await db.Cases.AsNoTracking().Where(c => c.Id == grant.Value!.CaseId).Select(c => new { c.Name, c.NativeName }).SingleAsync(ct);
        var messages = await PublicMessages.Approved(db.SolidarityMessages.AsNoTracking().Where(m => m.CaseId == grant.Value!.CaseId))
            .OrderBy(m => m.ConfirmedAt).ThenBy(m => m.Id)
            .ToListAsync(ct);
        return OrganizerResult<MessageBundle>.Ok(new MessageBundle(slug, person.Name, person.NativeName, messages.Select(PublicMessages.Shown).ToList()));
    }
}

using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Letters;

/// <summary>
/// Signatories the organizer lists by name. Each one counts like a confirmed signature (an organisation toward
/// the organisations' count), so adding and removing them writes a count delta in the same transaction.
/// </summary>
public class ListedSignatoryCommands(IStringLocalizer<SharedResource> l, CampaignsDbContext db, LetterAccess access, TimeProvider clock)
{
    public async Task<OrganizerResult<ListedSignatoryView>> AddAsync(ClaimsPrincipal user, string slug, Guid groupId, SignatoryInput input, CancellationToken ct)
    {
        var group = await GroupAsync(user, slug, groupId, ct);
        if (!group.IsOk)
        {
            return group.Fail<ListedSignatoryView>();
        }
        var campaignId = group.Value!.CampaignId;
        var last = await db.ListedSignatories.Where(s => s.GroupId == groupId).MaxAsync(s => (int?)s.Position, ct);
        var signatory = new ListedSignatory
        {
            CampaignId = campaignId,
            GroupId = groupId,
            Name = Text.Clean(input.Name)!,
            Country = input.Country?.ToUpperInvariant(),
            Role = Text.Clean(input.Role),
            IsOrganisation = input.IsOrganisation,
            Position = (last ?? -1) + 1,
            AddedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ListedSignatories.Add(signatory);
        db.CountDeltas.Add(new CountDelta { CampaignId = campaignId, Delta = 1, Organisation = signatory.IsOrganisation, Listed = true });
        await db.SaveChangesAsync(ct);
        return OrganizerResult<ListedSignatoryView>.Ok(View(signatory));
    }

    public async Task<OrganizerResult<bool>> RemoveAsync(ClaimsPrincipal user, string slug, Guid groupId, Guid signatoryId, CancellationToken ct)
    {
        var group = await GroupAsync(user, slug, groupId, ct);
        if (!group.IsOk)
        {
            return group.Fail<bool>();
        }
        var signatory = await db.ListedSignatories.SingleOrDefaultAsync(s => s.Id == signatoryId && s.GroupId == groupId, ct);
        if (signatory is null)
        {
            return OrganizerResult<bool>.NotFound(l["This group lists no such signatory."]);
        }
        db.ListedSignatories.Remove(signatory);
        db.CountDeltas.Add(new CountDelta { CampaignId = signatory.CampaignId, Delta = -1, Organisation = signatory.IsOrganisation, Listed = true });
        await db.SaveChangesAsync(ct);
        return OrganizerResult<bool>.Ok(true);
    }

    public async Task<OrganizerResult<IReadOnlyList<ListedSignatoryView>>> ReorderAsync(
        ClaimsPrincipal user, string slug, Guid groupId, IReadOnlyList<Guid> order, CancellationToken ct)
    {
        var group = await GroupAsync(user, slug, groupId, ct);
        if (!group.IsOk)
        {
            return group.Fail<IReadOnlyList<ListedSignatoryView>>();
        }
        var listed = await db.ListedSignatories.Where(s => s.GroupId == groupId).ToListAsync(ct);
        if (listed.Count != order.Count || listed.Any(s => !order.Contains(s.Id)))
        {
            return OrganizerResult<IReadOnlyList<ListedSignatoryView>>.Invalid(nameof(OrderInput.SignatoryIds),
                "List every signatory of the group exactly once, in the order you want.");
        }
        foreach (var signatory in listed)
        {
            signatory.Position = order.ToList().IndexOf(signatory.Id);
        }
        await db.SaveChangesAsync(ct);
        return OrganizerResult<IReadOnlyList<ListedSignatoryView>>.Ok(listed.OrderBy(s => s.Position).Select(View).ToList());
    }

    private async Task<OrganizerResult<SignatoryGroup>> GroupAsync(ClaimsPrincipal user, string slug, Guid groupId, CancellationToken ct)
    {
        var grant = await access.CheckAsync(user, slug, AccessNeed.Change, ct);
        if (!grant.IsOk)
        {
            return grant.Fail<SignatoryGroup>();
        }
        var group = await db.SignatoryGroups.AsNoTracking().SingleOrDefaultAsync(g => g.Id == groupId && g.CampaignId == grant.Value!.CampaignId, ct);
        return group is null ? OrganizerResult<SignatoryGroup>.NotFound(l["This campaign has no such signatory group."]) : OrganizerResult<SignatoryGroup>.Ok(group);
    }

    private static ListedSignatoryView View(ListedSignatory s) => new(s.Id, s.Name, s.Country, s.Role, s.IsOrganisation, s.Position);
}

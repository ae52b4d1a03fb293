using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Letters;

/// <summary>The headings a letter's signatories appear under, in the organizer's order.</summary>
public class SignatoryGroupCommands(IStringLocalizer<SharedResource> l, CampaignsDbContext db, LetterAccess access)
{
    public async Task<OrganizerResult<IReadOnlyList<SignatoryGroupView>>> ListAsync(ClaimsPrincipal user, string slug, CancellationToken ct)
    {
        var grant = await access.CheckAsync(user, slug, AccessNeed.See, ct);
        return grant.IsOk
            ? OrganizerResult<IReadOnlyList<SignatoryGroupView>>.Ok(await ViewsAsync(grant.Value!.CampaignId, ct))
            : grant.Fail<IReadOnlyList<SignatoryGroupView>>();
    }

    public async Task<OrganizerResult<SignatoryGroupView>> CreateAsync(ClaimsPrincipal user, string slug, GroupInput input, CancellationToken ct)
    {
        var grant = await access.CheckAsync(user, slug, AccessNeed.Change, ct);
        if (!grant.IsOk)
        {
            return grant.Fail<SignatoryGroupView>();
        }
        var campaignId = grant.Value!.CampaignId;
        var groups = await db.SignatoryGroups.Where(g => g.CampaignId == campaignId).OrderBy(g => g.Position).ToListAsync(ct);
        var group = new SignatoryGroup { CampaignId = campaignId };
        db.SignatoryGroups.Add(group);
        Apply(group, input, groups, isNew: true);
        await db.SaveChangesAsync(ct);
        return OrganizerResult<SignatoryGroupView>.Ok(await ViewAsync(group.Id, ct));
    }

    public async Task<OrganizerResult<SignatoryGroupView>> UpdateAsync(ClaimsPrincipal user, string slug, Guid groupId, GroupInput input, CancellationToken ct)
    {
        var grant = await access.CheckAsync(user, slug, AccessNeed.Change, ct);
        if (!grant.IsOk)
        {
            return grant.Fail<SignatoryGroupView>();
        }
        var groups = await db.SignatoryGroups.Where(g => g.CampaignId == grant.Value!.CampaignId).OrderBy(g => g.Position).ToListAsync(ct);
        var group = groups.SingleOrDefault(g => g.Id == groupId);
        if (group is null)
        {
            return OrganizerResult<SignatoryGroupView>.NotFound(l["This campaign has no such signatory group."]);
        }
        groups.Remove(group);
        Apply(group, input, groups, isNew: false);
        await db.SaveChangesAsync(ct);
        return OrganizerResult<SignatoryGroupView>.Ok(await ViewAsync(group.Id, ct));
    }

    /// <summary>Removes a group with its listed signatories, who stop counting.</summary>
    public async Task<OrganizerResult<bool>> DeleteAsync(ClaimsPrincipal user, string slug, Guid groupId, CancellationToken ct)
    {
        var grant = await access.CheckAsync(user, slug, AccessNeed.Change, ct);
        if (!grant.IsOk)
        {
            return grant.Fail<bool>();
        }
        var campaignId = grant.Value!.CampaignId;
        var group = await db.SignatoryGroups.SingleOrDefaultAsync(g => g.Id == groupId && g.CampaignId == campaignId, ct);
        if (group is null)
        {
            return OrganizerResult<bool>.NotFound(l["This campaign has no such signatory group."]);
        }
        var listed = await db.ListedSignatories.Where(s => s.GroupId == groupId).ToListAsync(ct);
        db.ListedSignatories.RemoveRange(listed);
        db.SignatoryGroups.Remove(group);
        db.CountDeltas.AddRange(listed.Select(s => new CountDelta { CampaignId = campaignId, Delta = -1, Organisation = s.IsOrganisation, Listed = true }));
        await db.SaveChangesAsync(ct);
        return OrganizerResult<bool>.Ok(true);
    }

    // The others keep their relative order; the group takes its place among them.
    private static void Apply(SignatoryGroup group, GroupInput input, List<SignatoryGroup> others, bool isNew)
    {
        group.Name = Text.Clean(input.Name)!;
        group.Country = input.Country?.ToUpperInvariant();
        group.ReceivesOnlineSigners = input.ReceivesOnlineSigners;
        if (input.ReceivesOnlineSigners)
        {
            others.ForEach(g => g.ReceivesOnlineSigners = false);
        }
        var at = Math.Clamp(input.Position ?? (isNew ? others.Count : group.Position), 0, others.Count);
        others.Insert(at, group);
        for (var i = 0; i < others.Count; i++)
        {
            others[i].Position = i;
        }
    }

    private async Task<SignatoryGroupView> ViewAsync(Guid groupId, CancellationToken ct) =>
        (await Views(db.SignatoryGroups.Where(g => g.Id == groupId)).ToListAsync(ct)).Single();

    public async Task<IReadOnlyList<SignatoryGroupView>> ViewsAsync(Guid campaignId, CancellationToken ct) =>
        await Views(db.SignatoryGroups.Where(g => g.CampaignId == campaignId)).ToListAsync(ct);

    private IQueryable<SignatoryGroupView> Views(IQueryable<SignatoryGroup> groups) =>
        groups.AsNoTracking().OrderBy(g => g.Position).Select(g => new SignatoryGroupView(
            g.Id, g.Name, g.Country, g.Position, g.ReceivesOnlineSigners,
            db.ListedSignatories.Where(s => s.GroupId == g.Id).OrderBy(s => s.Position)
                .Select(s => new ListedSignatoryView(s.Id, s.Name, s.Country, s.Role, s.IsOrganisation, s.Position)).ToList()));
}

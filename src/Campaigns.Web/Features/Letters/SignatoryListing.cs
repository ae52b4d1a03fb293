using Campaigns.Web.Features.Counting;
using System.Globalization;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Letters;

public sealed record SignatoryEntry(string Name, string? Country, string? Role);

/// <summary>
/// One heading of the public list (an empty name: the supporters who signed online, when no group takes them);
/// <see cref="More"/> online signers are counted but not named.
/// </summary>
public sealed record PublicSignatoryGroup(string Name, string? Country, IReadOnlyList<SignatoryEntry> Signatories, int More);

public sealed record PublicSignatories(IReadOnlyList<PublicSignatoryGroup> Groups, IReadOnlyList<SignatoryEntry> Organisations);

/// <summary>
/// Who signed a letter, as the public sees it: listed signatories, and online supporters who confirmed and agreed
/// to show their name (never their email). Organisations of a joint statement are listed alphabetically.
/// </summary>
public class SignatoryListing(CampaignsDbContext db)
{
    public const int MaxOnlineNames = 1000;

    // Culture-aware order that also places names in any script consistently (Latin, Chinese, Cyrillic...).
    private static readonly StringComparer Alphabetical = StringComparer.Create(CultureInfo.InvariantCulture, CompareOptions.IgnoreCase);

    public async Task<PublicSignatories> ForAsync(LetterData letter, CancellationToken ct)
    {
        var groups = await db.SignatoryGroups.AsNoTracking().Where(g => g.CampaignId == letter.CampaignId).OrderBy(g => g.Position).ToListAsync(ct);
        var listed = await db.ListedSignatories.AsNoTracking().Where(s => s.CampaignId == letter.CampaignId).OrderBy(s => s.Position).ToListAsync(ct);
        var online = await OnlineAsync(letter.CampaignId, ct);
        var onlineTotal = await db.Signatures.ThatCount().CountAsync(s => s.CampaignId == letter.CampaignId && s.Kind == SignerKind.Individual, ct);
        var organisations = letter.Kind == CampaignKind.JointStatement ? await OrganisationsAsync(letter.CampaignId, listed, ct) : [];
        var shown = groups
            .Select(g => Group(g, listed.Where(s => s.GroupId == g.Id && !(letter.Kind == CampaignKind.JointStatement && s.IsOrganisation)), online,
                g.ReceivesOnlineSigners ? onlineTotal - online.Count : 0, letter.Order))
            .Where(g => g.Signatories.Count > 0 || g.More > 0)
            .ToList();
        if (!groups.Any(g => g.ReceivesOnlineSigners) && onlineTotal > 0)
        {
            var everyone = new SignatoryGroup { Name = "", ReceivesOnlineSigners = true };
            shown.Add(Group(everyone, [], online, onlineTotal - online.Count, letter.Order));
        }
        return new PublicSignatories(shown, organisations);
    }

    private static PublicSignatoryGroup Group(
        SignatoryGroup group, IEnumerable<ListedSignatory> listed, IReadOnlyList<SignatoryEntry> online, int more, SignatoryOrder order)
    {
        var entries = listed.Select(s => new SignatoryEntry(s.Name, s.Country, s.Role)).ToList();
        if (group.ReceivesOnlineSigners)
        {
            entries.AddRange(online);
        }
        var ordered = order == SignatoryOrder.Alphabetical ? entries.OrderBy(e => e.Name, Alphabetical).ToList() : entries;
        return new PublicSignatoryGroup(group.Name, group.Country, ordered, more);
    }

    private async Task<IReadOnlyList<SignatoryEntry>> OnlineAsync(Guid campaignId, CancellationToken ct)
    {
        var rows = await db.Signatures.AsNoTracking().ThatCount()
            .Where(s => s.CampaignId == campaignId && s.Kind == SignerKind.Individual
                && (s.NameDisplay == NameDisplay.Full || s.NameDisplay == NameDisplay.Initials))
            .OrderBy(s => s.ConfirmedAt).Take(MaxOnlineNames)
            .Select(s => new { s.Name, s.NameDisplay, s.Country })
            .ToListAsync(ct);
        return rows.Select(r => new SignatoryEntry(r.NameDisplay == NameDisplay.Full ? r.Name : CampaignQueries.Initials(r.Name), r.Country, null)).ToList();
    }

    private async Task<IReadOnlyList<SignatoryEntry>> OrganisationsAsync(Guid campaignId, IEnumerable<ListedSignatory> listed, CancellationToken ct)
    {
        var signed = await db.Signatures.AsNoTracking().ThatCount()
            .Where(s => s.CampaignId == campaignId && s.Kind == SignerKind.Organisation && s.NameDisplay != NameDisplay.Never)
            .Select(s => new SignatoryEntry(s.OrganisationName ?? s.Name, null, null))
            .ToListAsync(ct);
        return listed.Where(s => s.IsOrganisation).Select(s => new SignatoryEntry(s.Name, s.Country, s.Role))
            .Concat(signed)
            .OrderBy(e => e.Name, Alphabetical)
            .ToList();
    }
}

using Campaigns.Web.Domain;

namespace Campaigns.Web.Features.Organizer;

/// <summary>What a caller needs to do with an organisation's campaigns, cases, targets, letters or members.</summary>
public enum AccessNeed { See, Change, SignerData, ManageMembers }

/// <summary>The one rule of what each member role may do; every access check asks here.</summary>
public static class RoleRules
{
    public static bool Allows(this MemberRole role, AccessNeed need) => need switch
    {
        AccessNeed.See => true,
        AccessNeed.Change or AccessNeed.SignerData => role is MemberRole.Owner or MemberRole.Organizer,
        _ => role == MemberRole.Owner,
    };

    public static IReadOnlyList<MemberRole> Allowing(AccessNeed need) => Enum.GetValues<MemberRole>().Where(r => r.Allows(need)).ToList();
}

using System.ComponentModel.DataAnnotations;

namespace Campaigns.Web.Features.Members;

/// <summary>Settings for inviting members, read from the <c>Members</c> section.</summary>
public class MemberOptions
{
    public const string Section = "Members";

    /// <summary>How long an emailed invitation can be accepted.</summary>
    [Range(typeof(TimeSpan), "00:10:00", "90.00:00:00")]
    public TimeSpan InvitationLifetime { get; set; } = TimeSpan.FromDays(7);
}

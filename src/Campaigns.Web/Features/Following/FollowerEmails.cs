namespace Campaigns.Web.Features.Following;

public static class FollowerEmails
{
    public const string Confirmation = "follower-confirmation";
    public const string CaseUpdate = "follower-case-update";
    public const string Milestone = "follower-milestone";

    public sealed record ConfirmationPayload(Guid FollowerId);

    public sealed record CaseUpdatePayload(Guid FollowerId, Guid UpdateId);

    public sealed record MilestonePayload(Guid FollowerId, long MilestoneId);
}

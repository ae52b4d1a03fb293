namespace Campaigns.Web.Features.Audit;

/// <summary>
/// Details are stored in English and translated when the log is read, so each owner reads the log in their own
/// language whoever wrote the line. Details that are names (an official's, a member's) pass through unchanged.
/// </summary>
public static class AuditDetails
{
    public const string TimelineAdded = "Timeline entry added";
    public const string TimelineEdited = "Timeline entry edited";
    public const string TimelineDeleted = "Timeline entry deleted";
    public const string AdvocatesChanged = "Advocates and partners changed";
    public const string PhotoChanged = "Photo changed";
    public const string PhotoRemoved = "Photo removed";
    public const string TargetAdded = "Target added";
    public const string TargetEdited = "Target edited";
    public const string TargetRetired = "Target retired";
    public const string TargetRestored = "Target restored";
    public const string TargetsImported = "Targets imported from a file";
}

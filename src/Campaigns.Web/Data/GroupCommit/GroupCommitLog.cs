namespace Campaigns.Web.Data.GroupCommit;

internal static partial class GroupCommitLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Count} writes is written again (try {Attempt}) after {Error}: {Reason}")]
    public static partial void Retry(ILogger logger, int count, int attempt, string error, string reason);
}

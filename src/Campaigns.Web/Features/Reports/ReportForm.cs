namespace Campaigns.Web.Features.Reports;

/// <summary>The report form: what it reports and the reason typed so far.</summary>
public sealed class ReportForm
{
    public string Campaign { get; set; } = "";
    public Guid? Comment { get; set; }
    public string? Reason { get; set; }

    public ReportAbuse.Request ToRequest() => new() { Reason = Reason, CommentId = Comment };
}

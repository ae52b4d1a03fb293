namespace Campaigns.Web.Domain;

/// <summary>An admin's word on one email domain: signing from it is refused, or allowed even if it is a known disposable one.</summary>
public class EmailDomainRule
{
    public string Domain { get; set; } = "";
    public EmailDomainVerdict Verdict { get; set; }
    public string AddedBy { get; set; } = "";
    public DateTime AddedAt { get; set; }
}

public enum EmailDomainVerdict { Allow, Block }

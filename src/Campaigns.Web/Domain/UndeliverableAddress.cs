namespace Campaigns.Web.Domain;

/// <summary>A supporter's or follower's address the receiving server refused for good; nothing more is sent there.</summary>
public class UndeliverableAddress
{
    public string EmailNormalized { get; set; } = "";
    public string Reason { get; set; } = "";
    public DateTime MarkedAt { get; set; }
}

using System.ComponentModel.DataAnnotations;

namespace Campaigns.Web.Features.MySignatures;

public class MySignaturesOptions
{
    public const string Section = "MySignatures";

    /// <summary>How long an emailed link opens the page; a new one can be asked for at any time.</summary>
    [Range(1, 24 * 30)] public int LinkLifetimeHours { get; set; } = 48;

    /// <summary>Links sent to one address within an hour, so nobody can flood a mailbox by asking for it.</summary>
    [Range(1, 100)] public int LinksPerMailboxPerHour { get; set; } = 3;
}

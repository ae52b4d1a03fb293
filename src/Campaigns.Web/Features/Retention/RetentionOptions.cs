using System.ComponentModel.DataAnnotations;

namespace Campaigns.Web.Features.Retention;

public class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>How long after a closed campaign's last delivery its signers' names and addresses are kept.</summary>
    [Range(1, 120)] public int SignerDataMonths { get; set; } = 6;

    /// <summary>How long an organizer account whose email was never confirmed is kept.</summary>
    [Range(1, 365)] public int UnconfirmedAccountDays { get; set; } = 7;

    /// <summary>Cron (UTC) of the retention job.</summary>
    [Required] public string Cron { get; set; } = "47 2 * * *";
}

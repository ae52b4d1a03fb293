namespace Campaigns.Web.Domain;

/// <summary>
/// An uncounted change to a campaign's signature count, written in the same transaction as the
/// confirmation and consumed by the counting job, so no request ever updates the campaign row.
/// </summary>
public class CountDelta
{
    public long Id { get; set; }
    public Guid CampaignId { get; set; }
    public int Delta { get; set; }

    /// <summary>Counts toward co-signing organisations rather than individuals.</summary>
    public bool Organisation { get; set; }

    /// <summary>A signatory the organizers listed by name, counted apart from those who signed online.</summary>
    public bool Listed { get; set; }

    /// <summary>Signatures an organizer recorded from paper sheets, counted apart as "on paper".</summary>
    public bool Paper { get; set; }
}

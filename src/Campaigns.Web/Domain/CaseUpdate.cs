namespace Campaigns.Web.Domain;

/// <summary>A dated entry on a case's timeline, with where it was reported.</summary>
public class CaseUpdate
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public DateOnly Date { get; set; }

    /// <summary>Sources often give only a month or a year; the page then shows no more than is known.</summary>
    public DatePrecision DatePrecision { get; set; }
    public string Summary { get; set; } = "";
    public string? SourceName { get; set; }
    public string? SourceUrl { get; set; }
    public DateOnly? SourceDate { get; set; }
    public DateTime CreatedAt { get; set; }
}

public enum DatePrecision { Day, Month, Year }

namespace Campaigns.Web.Domain;

/// <summary>Someone who speaks up for a case: a legislator who adopted it, or a partner organisation.</summary>
public class CaseAdvocate
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public AdvocateKind Kind { get; set; }
    public string Name { get; set; } = "";
    public string? Title { get; set; }
    public string? Affiliation { get; set; }
    public string? Url { get; set; }
    public int Position { get; set; }
}

public enum AdvocateKind { Advocate, Partner }

using System.Text.RegularExpressions;
using Campaigns.Web.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Campaigns.Web.Features.Organizer;

/// <summary>
/// The create and edit forms as posted. The page offers a fixed number of blank target rows (it works without
/// JavaScript), so rows left blank are dropped and error keys are mapped back to the row they came from.
/// </summary>
public sealed partial class CampaignForm
{
    public const int RowsOffered = 10;
    public const string MoreTargets = "more-targets";

    public string? Kind { get; set; }
    public string? Title { get; set; }
    public string? Slug { get; set; }
    public string? Summary { get; set; }
    public string? Body { get; set; }
    public string? StartedBy { get; set; }
    public int? Goal { get; set; }
    public DateTime? Deadline { get; set; }
    public Guid? OrganisationId { get; set; }
    public string? CaseSlug { get; set; }
    public List<TargetRow> Targets { get; set; } = [];

    /// <summary>Targets ticked in the organisation's directory; they come before the rows typed in.</summary>
    public List<Guid> DirectoryTargetIds { get; set; } = [];
    public string? Command { get; set; }

    /// <summary>Set by the server, never bound: once people have signed, the title and full text are kept as they are.</summary>
    [BindNever]
    public bool TextLocked { get; set; }

    public bool WantsMoreTargets => Command == MoreTargets;

    private List<int> FilledRows => Targets.Select((row, i) => (row, i)).Where(x => !x.row.IsBlank).Select(x => x.i).ToList();

    public CampaignForm WithBlankRows(int extra = 0)
    {
        var rows = Math.Min(Math.Max(RowsOffered, Targets.Count + extra), CampaignFieldsValidator<CreateCampaign.Request>.MaxTargets);
        while (Targets.Count < rows)
        {
            Targets.Add(new TargetRow());
        }
        return this;
    }

    public static CampaignForm From(OrganizerCampaign c) => new()
    {
        Title = c.Title, Slug = c.Slug, Summary = c.Summary, Body = c.Body, StartedBy = c.StartedBy, Goal = c.Goal, Deadline = c.Deadline,
        TextLocked = c.Status != CampaignStatus.Draft,
    };

    public CreateCampaign.Request ToCreateRequest() => new()
    {
        Kind = string.IsNullOrEmpty(Kind) ? CreateCampaign.Petition : Kind,
        Title = Title, Slug = string.IsNullOrWhiteSpace(Slug) ? null : Slug.Trim(), Summary = Summary, Body = Body,
        StartedBy = StartedBy, Goal = Goal, Deadline = Deadline, OrganisationId = OrganisationId,
        Targets = DirectoryTargetIds.Distinct().Select(id => new TargetInput { Id = id })
            .Concat(FilledRows.Select(i => Targets[i].ToInput())).ToList(),
        CaseSlugs = string.IsNullOrEmpty(CaseSlug) ? [] : [CaseSlug],
    };

    public UpdateCampaign.Request ToUpdateRequest() => new()
    {
        Title = Title, Summary = Summary, Body = Body, StartedBy = StartedBy, Goal = Goal, Deadline = Deadline,
    };

    /// <summary>The form field an error about the request belongs to: "Targets[0].Name" may be the fourth row.</summary>
    public string FieldOf(string propertyName)
    {
        var match = RowIndex().Match(propertyName);
        if (!match.Success)
        {
            return propertyName.StartsWith("CaseSlugs", StringComparison.Ordinal) ? nameof(CaseSlug) : propertyName;
        }
        var rows = FilledRows;
        var index = int.Parse(match.Groups[1].Value) - DirectoryTargetIds.Distinct().Count();
        if (index < 0)
        {
            return nameof(DirectoryTargetIds);
        }
        return index < rows.Count ? $"Targets[{rows[index]}]{propertyName[match.Length..]}" : propertyName;
    }

    [GeneratedRegex(@"^Targets\[(\d+)\]")]
    private static partial Regex RowIndex();
}

public sealed class TargetRow
{
    public string? Name { get; set; }
    public string? Title { get; set; }
    public string? Organisation { get; set; }
    public string? Country { get; set; }
    public string? Email { get; set; }

    public bool IsBlank => new[] { Name, Title, Organisation, Country, Email }.All(string.IsNullOrWhiteSpace);

    public TargetInput ToInput() => new() { Name = Name, Title = Title, Organisation = Organisation, Country = Country, Email = Email };
}

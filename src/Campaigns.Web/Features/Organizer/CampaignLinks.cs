using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Organizer;

/// <summary>Turns the targets and cases an organizer lists into rows the campaign links to.</summary>
public class CampaignLinks(CampaignsDbContext db)
{
    /// <summary>
    /// One target row per official per organisation: an official already on file under the same name and
    /// title is reused, so letters and counts for them gather in one place across campaigns.
    /// </summary>
    public async Task<IReadOnlyList<Target>> TargetsAsync(Guid organisationId, IReadOnlyList<TargetInput> inputs, DateTime now, CancellationToken ct)
    {
        var names = inputs.Select(t => t.CleanName).Distinct().ToList();
        var known = await db.Targets
            .Where(t => t.OrganisationId == organisationId && names.Contains(t.Name))
            .OrderBy(t => t.CreatedAt)
            .ToListAsync(ct);
        var targets = new List<Target>();
        foreach (var input in inputs)
        {
            var target = known.FirstOrDefault(t => t.Name == input.CleanName && t.Title == input.CleanTitle);
            if (target is null)
            {
                target = NewTarget(organisationId, input, now);
                db.Targets.Add(target);
                known.Add(target);
            }
            targets.Add(target);
        }
        return targets;
    }

    public async Task<(IReadOnlyList<Guid> Ids, IReadOnlyList<ValidationFailure> Errors)> CasesAsync(IReadOnlyList<string> slugs, CancellationToken ct)
    {
        var wanted = slugs.Select(s => s.Trim()).ToList();
        var found = await db.Cases.AsNoTracking()
            .Where(c => wanted.Contains(c.Slug))
            .Select(c => new { c.Id, c.Slug })
            .ToDictionaryAsync(c => c.Slug, c => c.Id, ct);
        var errors = wanted
            .Select((slug, i) => (slug, i))
            .Where(x => !found.ContainsKey(x.slug))
            .Select(x => new ValidationFailure($"CaseSlugs[{x.i}]", $"There is no case '{x.slug}'."))
            .ToList();
        return (found.Values.ToList(), errors);
    }

    private static Target NewTarget(Guid organisationId, TargetInput input, DateTime now) => new()
    {
        OrganisationId = organisationId,
        Name = input.CleanName,
        Title = input.CleanTitle,
        Affiliation = Text.Clean(input.Organisation),
        Country = input.CleanCountry,
        Email = Text.Clean(input.Email),
        CreatedAt = now,
    };
}

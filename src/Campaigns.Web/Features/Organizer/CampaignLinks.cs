using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Resources;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Organizer;

/// <summary>Turns the targets and cases an organizer lists into rows the campaign links to.</summary>
public class CampaignLinks(CampaignsDbContext db, IStringLocalizer<SharedResource> l)
{
    /// <summary>
    /// One target row per official per organisation: a target given by id comes from the organisation's directory,
    /// and one described by name is reused when the directory has it under the same name and title (otherwise it
    /// joins the directory), so letters and counts for an official gather in one place across campaigns. Retired
    /// targets stay only where they already are (<paramref name="linked"/>).
    /// </summary>
    public async Task<(IReadOnlyList<Target> Targets, IReadOnlyList<ValidationFailure> Errors)> TargetsAsync(
        Guid organisationId, IReadOnlyList<TargetInput> inputs, IReadOnlyCollection<Guid> linked, DateTime now, CancellationToken ct)
    {
        var names = inputs.Where(t => t.Id is null).Select(t => t.CleanName).Distinct().ToList();
        var ids = inputs.Where(t => t.Id is not null).Select(t => t.Id!.Value).ToList();
        var known = await db.Targets
            .Where(t => t.OrganisationId == organisationId && (names.Contains(t.Name) || ids.Contains(t.Id)))
            .OrderBy(t => t.CreatedAt)
            .ToListAsync(ct);
        var targets = new List<Target>();
        var errors = new List<ValidationFailure>();
        foreach (var (input, i) in inputs.Select((input, i) => (input, i)))
        {
            var target = input.Id is { } id
                ? known.FirstOrDefault(t => t.Id == id)
                : known.Where(t => t.Name == input.CleanName && t.Title == input.CleanTitle).OrderBy(t => t.RetiredAt is not null).FirstOrDefault();
            if (target is null && input.Id is not null)
            {
                errors.Add(new ValidationFailure($"Targets[{i}].Id", "There is no target with this id in the organisation's directory."));
                continue;
            }
            if (target is { RetiredAt: not null } && !linked.Contains(target.Id))
            {
                errors.Add(new ValidationFailure($"Targets[{i}].{(input.Id is null ? "Name" : "Id")}",
                    l["{0} has been retired from the directory and cannot be added to a new campaign; restore the target first.", target.Name]));
                continue;
            }
            if (target is null)
            {
                target = NewTarget(organisationId, input, now);
                db.Targets.Add(target);
                known.Add(target);
            }
            else if (targets.Contains(target))
            {
                errors.Add(new ValidationFailure($"Targets[{i}].Name", l["{0} is listed twice; each target can be listed only once.", target.Name]));
                continue;
            }
            targets.Add(target);
        }
        return (targets, errors);
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
            .Select(x => new ValidationFailure($"CaseSlugs[{x.i}]", l["There is no case '{0}'.", x.slug]))
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
        Channel = Text.Clean(input.Email) is null ? DeliveryChannel.Post : DeliveryChannel.Email,
        CreatedAt = now,
    };
}

using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Features.Audit;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Resources;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Targets;

/// <summary>
/// Adds every target of a CSV file to the directory, or none of them: one bad row and the organizer gets the
/// full list of what to fix, by row and field, with nothing written.
/// </summary>
public static class ImportTargets
{
    public sealed record Response(int Created);

    public class Handler(IStringLocalizer<SharedResource> l, CampaignsDbContext db, TargetAccess access, TargetValidator validator, AuditTrail audit, TimeProvider clock)
    {
        public async Task<OrganizerResult<Response>> HandleAsync(ClaimsPrincipal user, Guid? organisationId, byte[] file, CancellationToken ct)
        {
            var organisation = await access.ChooseOrganisationAsync(user, organisationId, ct);
            if (!organisation.IsOk)
            {
                return organisation.Fail<Response>();
            }
            var (rows, problem) = TargetCsv.Read(file, l);
            if (problem is not null)
            {
                return OrganizerResult<Response>.Invalid("File", problem);
            }
            var now = clock.GetUtcNow().UtcDateTime;
            var errors = new List<ValidationFailure>();
            var targets = new List<Target>();
            foreach (var row in rows)
            {
                var (request, unreadable) = row.Target.ToRequest(l);
                var rowErrors = unreadable.Concat((await validator.ValidateAsync(request, ct)).Errors).ToList();
                errors.AddRange(rowErrors.Select(e => RowError(row.Row, e.PropertyName, e.ErrorMessage)));
                if (rowErrors.Count == 0)
                {
                    var target = new Target { OrganisationId = organisation.Value, CreatedAt = now };
                    TargetWriter.Apply(target, request);
                    targets.Add(target);
                }
            }
            errors.AddRange(await DuplicatesAsync(organisation.Value, rows, targets, ct));
            if (errors.Count > 0)
            {
                return OrganizerResult<Response>.Invalid(errors);
            }
            db.Targets.AddRange(targets);
            audit.Record(user, organisation.Value, AuditAction.TargetsChanged, string.Join(", ", targets.Select(t => t.Name)), AuditDetails.TargetsImported);
            await db.SaveChangesAsync(ct);
            return OrganizerResult<Response>.Ok(new Response(targets.Count));
        }

        // A directory lists each official once: the same name and title twice, in the file or already on file, is a mistake to fix.
        private async Task<IEnumerable<ValidationFailure>> DuplicatesAsync(
            Guid organisationId, IReadOnlyList<TargetCsvRow> rows, List<Target> targets, CancellationToken ct)
        {
            var names = targets.Select(t => t.Name).Distinct().ToList();
            var known = (await db.Targets.AsNoTracking()
                    .Where(t => t.OrganisationId == organisationId && names.Contains(t.Name))
                    .Select(t => new { t.Name, t.Title })
                    .ToListAsync(ct))
                .Select(t => (t.Name, t.Title)).ToHashSet();
            var seen = new HashSet<(string, string?)>();
            var errors = new List<ValidationFailure>();
            foreach (var (row, target) in rows.Zip(targets.Count == rows.Count ? targets : []))
            {
                var key = (target.Name, target.Title);
                if (known.Contains(key))
                {
                    errors.Add(RowError(row.Row, nameof(TargetRequest.Name), l["{0} is already in the directory with this title.", target.Name]));
                }
                else if (!seen.Add(key))
                {
                    errors.Add(RowError(row.Row, nameof(TargetRequest.Name), l["{0} appears twice in the file with the same title.", target.Name]));
                }
            }
            return errors;
        }

        private ValidationFailure RowError(long row, string field, string message) =>
            new($"Rows[{row}].{field}", l["Row {0}: {1}", row, message]);
    }
}

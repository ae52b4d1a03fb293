using System.Security.Claims;
using Campaigns.Web.Features.Organizer;

namespace Campaigns.Web.Features.Cases;

public sealed record CaseFormPage(ICaseFields Fields, string? Slug, Guid? OrganisationId, IReadOnlyList<OrganisationChoice> Organisations);

public sealed record CaseManagePage(CaseDetail Case, UpdateCase.Request Profile, AdvocateInput Advocate, CaseUpdateInput Update);

/// <summary>Builds the organizer's case pages, keeping what was typed when a form comes back with messages.</summary>
public class CaseOrganizerPages(CampaignAccess access, GetMyCase.Handler cases)
{
    public async Task<CaseFormPage> NewAsync(ClaimsPrincipal user, CreateCase.Request form, CancellationToken ct) =>
        new(form, form.Slug, form.OrganisationId, await access.OrganisationsAsync(user, AccessNeed.Change, ct));

    public async Task<OrganizerResult<CaseManagePage>> ManageAsync(
        ClaimsPrincipal user, string slug, CancellationToken ct,
        UpdateCase.Request? profile = null, AdvocateInput? advocate = null, CaseUpdateInput? update = null)
    {
        var found = await cases.HandleAsync(user, slug, ct);
        if (!found.IsOk)
        {
            return found.Fail<CaseManagePage>();
        }
        var c = found.Value!;
        profile ??= new UpdateCase.Request
        {
            Name = c.Name, NativeName = c.NativeName, Honorific = c.Honorific, Country = c.Country, Status = c.Status.ToString(),
            StatusChangedOn = c.StatusChangedOn, DetainedSince = c.DetainedSince, Charges = c.Charges, Sentence = c.Sentence,
            PlaceOfDetention = c.PlaceOfDetention, Biography = c.Biography,
        };
        return OrganizerResult<CaseManagePage>.Ok(new CaseManagePage(
            c, profile, advocate ?? new AdvocateInput { Kind = nameof(Domain.AdvocateKind.Advocate) }, update ?? new CaseUpdateInput()));
    }
}

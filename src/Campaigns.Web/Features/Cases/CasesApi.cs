using Campaigns.Web.Domain;
using Campaigns.Web.Infrastructure;
using Campaigns.Web.Resources;
using FluentValidation.Results;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Cases;

public static class CasesApi
{
    public static RouteGroupBuilder MapCasesApi(this RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("Cases");
        cases.MapGet("/", async (string? q, string? country, string? status, int? page, int? pageSize, CaseQueries queries, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            {
                if (!string.IsNullOrWhiteSpace(status) && !CaseStatuses.TryParse(status, out _))
                {
                    return ApiResults.Invalid(new ValidationResult([new ValidationFailure("status", l["Status must be one of: {0}.", CaseStatuses.Names])]));
                }
                CaseStatus? wanted = CaseStatuses.TryParse(status, out var s) ? s : null;
                return TypedResults.Ok(await queries.ListAsync(new CaseSearch(q, country, wanted, page ?? 1, pageSize ?? 20), ct));
            })
            .Produces<CaseList>().ProducesValidationProblem()
            .WithName("ListCases").WithSummary("Cases by name; q matches part of the name in either script (Wang Bingzhang or 王炳章), country is a two-letter code, status one of Detained, Released, Deceased, Unknown.");
        cases.MapGet("/{slug}", async (string slug, CaseQueries queries, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                await queries.GetAsync(slug, ct) is { } found ? Results.Ok(found) : ApiResults.NotFound(l["There is no case '{0}'.", slug]))
            .Produces<CaseDetail>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetCase").WithSummary("A case's profile, advocates and partners, timeline of updates with sources, and the campaigns about the person (open ones first). Nothing about signers.");
        return api;
    }
}

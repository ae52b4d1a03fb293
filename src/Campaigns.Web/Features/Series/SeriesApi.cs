using System.Security.Claims;
using Campaigns.Web.Features.Accounts;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Infrastructure;
using Campaigns.Web.Resources;
using Microsoft.Extensions.Localization;
using static Campaigns.Web.Features.Organizer.OrganizerApiResults;

namespace Campaigns.Web.Features.Series;

public static class SeriesApi
{
    public static RouteGroupBuilder MapSeriesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/series/{key}", GetAsync)
            .WithTags("Series").WithName("GetSeries")
            .WithSummary("A series of outputs (urgent action, further information, …, final) by id, reference (UA 44/22) or reference slug (ua-44-22), with its published outputs.")
            .Produces<PublicSeries>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/campaigns/{slug}/people", PeopleAsync)
            .WithTags("Series").WithName("GetCampaignPeople")
            .WithSummary("The people a campaign is about, each with its action status: Continues, or NoFurtherAction since a date, with the reason.")
            .Produces<UrgentActionPanel>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        var organizer = api.MapGroup("/organizer").RequireAuthorization(IdentitySetup.OrganizerPolicy).WithTags("Organizer");
        organizer.MapPost("/series", CreateAsync).Guarded()
            .WithName("CreateSeries")
            .WithSummary("Start a series of outputs under a reference unique in the organisation.")
            .Produces<SeriesView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        organizer.MapPut("/campaigns/{slug}/series", PlaceAsync).Guarded()
            .WithName("PlaceCampaignInSeries")
            .WithSummary("Make the campaign output N of a series (by seriesId or reference), optionally the final one. Publishing output N > 1 emails the supporters of earlier outputs who asked for updates, and the followers of its cases.")
            .Produces<SeriesPlacement>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        organizer.MapPut("/campaigns/{slug}/people/{caseSlug}/action", SetActionAsync).Guarded()
            .WithName("SetActionStatus")
            .WithSummary("Set one person's action status in the campaign: Continues, or NoFurtherAction with the date and the reason.")
            .Produces<IReadOnlyList<PersonAction>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<IResult> GetAsync(string key, SeriesQueries queries, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        await queries.FindAsync(key, ct) is { } series ? TypedResults.Ok(series) : ApiResults.NotFound(l["There is no published series '{0}'.", key]);

    private static async Task<IResult> PeopleAsync(string slug, SeriesQueries queries, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        await queries.PanelAsync(slug, publicOnly: true, ct) is { } panel ? TypedResults.Ok(panel) : ApiResults.NotFound(l["There is no campaign '{0}'.", slug]);

    private static async Task<IResult> CreateAsync(
        CreateSeries.Request request, CreateSeries.Validator validator, CreateSeries.Handler handler, ClaimsPrincipal user, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(request, ct);
        return !validation.IsValid
            ? ApiResults.Invalid(validation)
            : ToResponse(await handler.HandleAsync(user, request, ct), s => TypedResults.Created($"/api/series/{s.Id}", s));
    }

    private static async Task<IResult> PlaceAsync(
        string slug, PlaceInSeries.Request request, PlaceInSeries.Validator validator, PlaceInSeries.Handler handler,
        ClaimsPrincipal user, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(request, ct);
        return !validation.IsValid ? ApiResults.Invalid(validation) : ToResponse(await handler.HandleAsync(user, slug, request, ct), TypedResults.Ok);
    }

    private static async Task<IResult> SetActionAsync(
        string slug, string caseSlug, SetActionStatus.Request request, SetActionStatus.Validator validator, SetActionStatus.Handler handler,
        ClaimsPrincipal user, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(request, ct);
        return !validation.IsValid ? ApiResults.Invalid(validation) : ToResponse(await handler.HandleAsync(user, slug, caseSlug, request, ct), TypedResults.Ok);
    }
}

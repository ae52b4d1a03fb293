using Campaigns.Web.Features.Counting;
using Campaigns.Web.Infrastructure;

namespace Campaigns.Web.Features.Campaigns;

public static class CampaignsApi
{
    public const string CountPolicy = "count";

    public static RouteGroupBuilder MapCampaignsApi(this RouteGroupBuilder api)
    {
        var campaigns = api.MapGroup("/campaigns").WithTags("Campaigns");
        campaigns.MapGet("/", async (CampaignQueries queries, int? page, int? pageSize, CancellationToken ct) =>
                TypedResults.Ok(await queries.ListAsync(page ?? 1, pageSize ?? 20, ct)))
            .WithName("ListCampaigns").WithSummary("Published and closed campaigns, open ones first.");
        campaigns.MapGet("/{slug}", async (string slug, CampaignQueries queries, CancellationToken ct) =>
                await queries.GetAsync(slug, ct) is { } campaign
                    ? Results.Ok(campaign)
                    : ApiResults.NotFound($"There is no campaign '{slug}'."))
            .WithName("GetCampaign").WithSummary("A campaign with its targets and the cases it concerns.")
            .Produces<CampaignDetail>().ProducesProblem(StatusCodes.Status404NotFound);
        campaigns.MapGet("/{slug}/count", async (string slug, CampaignQueries queries, HttpContext http, CancellationToken ct) =>
            {
                if (await queries.CountAsync(slug, ct) is not { } count)
                {
                    return ApiResults.NotFound($"There is no campaign '{slug}'.");
                }
                http.Response.Headers.CacheControl = "public, max-age=2, stale-while-revalidate=4";
                return Results.Ok(count);
            })
            .CacheOutput(CountPolicy)
            .WithName("GetCampaignCount").WithSummary("The confirmed signature count; refreshed every few seconds, cacheable.")
            .Produces<CampaignCount>().ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }
}

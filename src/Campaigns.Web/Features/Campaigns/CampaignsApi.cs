using Campaigns.Web.Infrastructure;
using Campaigns.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Campaigns;

public static class CampaignsApi
{
    public static RouteGroupBuilder MapCampaignsApi(this RouteGroupBuilder api)
    {
        var campaigns = api.MapGroup("/campaigns").WithTags("Campaigns");
        campaigns.MapGet("/", async (CampaignQueries queries, int? page, int? pageSize, CancellationToken ct) =>
                TypedResults.Ok(await queries.ListAsync(page ?? 1, pageSize ?? 20, ct)))
            .WithName("ListCampaigns").WithSummary("Published and closed campaigns, open ones first.");
        campaigns.MapGet("/{slug}", async (string slug, CampaignQueries queries, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                await queries.GetAsync(slug, ct) is { } campaign
                    ? Results.Ok(campaign)
                    : ApiResults.NotFound(l["There is no campaign '{0}'.", slug]))
            .WithName("GetCampaign").WithSummary("A campaign with its targets and the cases it concerns.")
            .Produces<CampaignDetail>().ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }
}

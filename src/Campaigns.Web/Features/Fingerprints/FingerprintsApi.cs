using Campaigns.Fingerprints;
using Campaigns.Web.Infrastructure;
using Campaigns.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Fingerprints;

public static class FingerprintsApi
{
    public static RouteGroupBuilder MapFingerprintsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/campaigns/{slug}/fingerprints", async (string slug, FingerprintHistory history, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                await history.ForAsync(slug, ct) is { } published
                    ? TypedResults.Ok(published)
                    : ApiResults.NotFound(l["There is no campaign '{0}'.", slug]))
            .WithTags("Campaigns").WithName("GetCampaignFingerprints")
            .WithSummary("The daily hash chain of the campaign's confirmed support (no personal data) and the leaves of records taken out since, to check an organizer's export against.")
            .Produces<PublishedHistory>().ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }
}

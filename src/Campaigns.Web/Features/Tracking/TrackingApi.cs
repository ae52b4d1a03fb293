using System.Text.Json;
using Campaigns.Web.Features.Solidarity;
using Campaigns.Web.Infrastructure;
using Campaigns.Web.Resources;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Tracking;

/// <summary>Open data and live updates: counts per campaign and per case, as JSON and as server-sent events.</summary>
public static class TrackingApi
{
    public const string CountsPolicy = "open-counts";
    public const int CountsMaxAgeSeconds = 10;

    public static RouteGroupBuilder MapTrackingApi(this RouteGroupBuilder api)
    {
        api.MapGet("/campaigns/{slug}/count", (string slug, TrackedSubjects subjects, HttpContext http, IOptions<JsonOptions> json, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                CampaignAsync(slug, CampaignCount.Of, subjects, http, json, l, ct))
            .CacheOutput(CountsPolicy).WithTags("Campaigns").WithName("GetCampaignCount")
            .WithSummary("The confirmed signature count shown on the campaign page; cacheable, with a strong ETag (304 when unchanged).")
            .Produces<CampaignCount>().Produces(StatusCodes.Status304NotModified).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/campaigns/{slug}/counts", (string slug, TrackedSubjects subjects, HttpContext http, IOptions<JsonOptions> json, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                CampaignAsync(slug, CampaignCounts.Of, subjects, http, json, l, ct))
            .CacheOutput(CountsPolicy).WithTags("Campaigns").WithName("GetCampaignCounts")
            .WithSummary("Confirmed signatures or letters, individuals and organisations apart; cacheable, with a strong ETag (304 when unchanged).")
            .Produces<CampaignCounts>().Produces(StatusCodes.Status304NotModified).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/cases/{slug}/counts", async (string slug, TrackedSubjects subjects, MessageCounts messages, HttpContext http, IOptions<JsonOptions> json, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                await subjects.CaseAsync(slug, ct) is { } person
                    ? Json(http, CaseCounts.Of(person, await messages.ForCaseAsync(slug, ct)), json)
                    : ApiResults.NotFound(l["There is no case '{0}'.", slug]))
            .CacheOutput(CountsPolicy).WithTags("Cases").WithName("GetCaseCounts")
            .WithSummary("A person's confirmed support across all public campaigns about them, and per campaign, with the messages of solidarity (approved, waiting); cacheable, with a strong ETag.")
            .Produces<CaseCounts>().Produces(StatusCodes.Status304NotModified).ProducesProblem(StatusCodes.Status404NotFound);
        MapEvents(api, "/campaigns/{slug}/events", SubjectKind.Campaign, "Campaigns", "GetCampaignEvents");
        MapEvents(api, "/cases/{slug}/events", SubjectKind.Case, "Cases", "GetCaseEvents");
        return api;
    }

    private static void MapEvents(RouteGroupBuilder api, string pattern, SubjectKind kind, string tag, string name) =>
        api.MapGet(pattern, async (string slug, TrackedSubjects subjects, LiveCountsStream stream, HttpContext http, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            {
                if (await subjects.FindAsync(kind, slug, ct) is not { } subject)
                {
                    return ApiResults.NotFound(kind == SubjectKind.Case ? l["There is no case '{0}'.", slug] : l["There is no campaign '{0}'.", slug]);
                }
                if (stream.IsFull)
                {
                    http.Response.Headers.RetryAfter = "30";
                    return TypedResults.Problem(l["Too many live listeners; poll the counts instead."], statusCode: StatusCodes.Status503ServiceUnavailable);
                }
                await stream.StreamAsync(http, subject);
                return Results.Empty;
            })
            .WithTags(tag).WithName(name)
            .WithSummary("Server-sent events: a 'counts' event with the current counts on connect and whenever they change, heartbeat comments in between.")
            .Produces<Tally>(StatusCodes.Status200OK, LiveCountsStream.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    private static async Task<IResult> CampaignAsync<T>(
        string slug, Func<CampaignRow, T> shape, TrackedSubjects subjects, HttpContext http, IOptions<JsonOptions> json, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        await subjects.CampaignAsync(slug, ct) is { } campaign
            ? Json(http, shape(campaign.Campaigns[0]), json)
            : ApiResults.NotFound(l["There is no campaign '{0}'.", slug]);

    private static IResult Json<T>(HttpContext http, T value, IOptions<JsonOptions> json) =>
        ConditionalGet.Respond(http, JsonSerializer.SerializeToUtf8Bytes(value, json.Value.SerializerOptions), "application/json; charset=utf-8", CountsMaxAgeSeconds);
}

using Campaigns.Web.Infrastructure;
using Campaigns.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Reports;

public static class ReportsApi
{
    public sealed record Received(string Status, string Message);

    public static RouteGroupBuilder MapReportsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/campaigns/{slug}/reports", ReportAsync)
            .RequireRateLimiting(RateLimits.Reports)
            .WithTags("Reports").WithName("ReportCampaign")
            .WithSummary("Report a campaign, or a comment shown on it (commentId), to the site's admins.")
            .Produces<Received>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return api;
    }

    private static async Task<IResult> ReportAsync(
        string slug, ReportAbuse.Request request, ReportAbuse.Validator validator, ReportAbuse.Handler handler,
        IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(request, ct);
        if (!validation.IsValid)
        {
            return ApiResults.Invalid(validation);
        }
        return await handler.HandleAsync(slug, request, ct) switch
        {
            ReportAbuse.Outcome.CampaignNotFound => ApiResults.NotFound(l["There is no campaign '{0}'.", slug]),
            ReportAbuse.Outcome.CommentNotFound => ApiResults.NotFound(l["This comment is no longer shown, so there is nothing to report."]),
            _ => TypedResults.Accepted((string?)null, new Received("received", l["Thank you for your report. The site's admins will look at it."])),
        };
    }
}

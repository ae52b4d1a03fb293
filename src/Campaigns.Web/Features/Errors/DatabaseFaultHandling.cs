using Campaigns.Web.Data;
using Campaigns.Web.Data.Faults;
using Campaigns.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Errors;

/// <summary>
/// A request whose database connection was lost runs again from the start while it had written nothing (every
/// statement it sent was rolled back with the connection), or when its endpoint is marked
/// <see cref="Errors.RunsAgainSafely"/>; otherwise, or when the database stays out of reach, it
/// answers 503 with Retry-After: a page for browsers, a problem document for the rest. Either way it is an
/// operational event logged as a warning, never an unhandled error.
/// </summary>
public static partial class DatabaseFaultHandling
{
    public const int RetryAfterSeconds = 5;
    private const int MaxRuns = 4;

    public static IApplicationBuilder UseDatabaseFaultHandling(this IApplicationBuilder app) => app.Use(RunAsync);

    private static async Task RunAsync(HttpContext http, RequestDelegate next)
    {
        if (http.Request.ContentLength > 0 || http.Request.Headers.TransferEncoding.Count > 0)
        {
            http.Request.EnableBuffering();
        }
        for (var run = 1; ; run++)
        {
            var writes = RequestWrites.Begin();
            try
            {
                await next(http);
                return;
            }
            catch (Exception e) when (ConnectionLoss.IsCause(e) && !http.Response.HasStarted)
            {
                var log = Logger(http);
                if (run < MaxRuns && (!writes.MayHaveWritten || RunsAgainSafely(http)) && !ConnectionLoss.OutlastedRetries(e))
                {
                    LogRunningAgain(log, http.Request.Method, Route(http), Reason(e));
                    PrepareToRunAgain(http);
                    continue;
                }
                LogUnavailable(log, http.Request.Method, Route(http), run, writes.MayHaveWritten, Reason(e));
                await AnswerUnavailableAsync(http);
                return;
            }
        }
    }

    private static void PrepareToRunAgain(HttpContext http)
    {
        http.Response.Clear();
        if (http.Request.Body.CanSeek)
        {
            http.Request.Body.Position = 0;
        }
        var db = http.RequestServices.GetRequiredService<CampaignsDbContext>();
        db.ChangeTracker.Clear();
        ConnectionLoss.ForgetPooledConnections(db);
    }

    // A page comes from the error pages' re-execution of the empty 503; the API gets the reason in its language.
    private static async Task AnswerUnavailableAsync(HttpContext http)
    {
        http.Response.Clear();
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString();
        if (ErrorPages.WantsPage(http))
        {
            return;
        }
        var l = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        await TypedResults.Problem(l["The site cannot reach its database just now. Please try again in a few seconds."],
            statusCode: StatusCodes.Status503ServiceUnavailable, title: "Service unavailable.").ExecuteAsync(http);
    }

    private static bool RunsAgainSafely(HttpContext http) => http.GetEndpoint()?.Metadata.GetMetadata<RunsAgainSafely>() is not null;

    // The route's pattern, not the path: paths carry confirmation tokens and other values that stay out of logs.
    private static string Route(HttpContext http) => (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no route)";

    private static string Reason(Exception e) => e.GetBaseException().Message;

    private static ILogger Logger(HttpContext http) =>
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseFaultHandling).FullName!);

    [LoggerMessage(Level = LogLevel.Information, Message = "The database connection was lost during {Method} {Route} ({Reason}); running it again.")]
    private static partial void LogRunningAgain(ILogger logger, string method, string route, string reason);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "The database could not be reached for {Method} {Route} after {Runs} runs (may have written: {MayHaveWritten}; {Reason}); answered 503.")]
    private static partial void LogUnavailable(ILogger logger, string method, string route, int runs, bool mayHaveWritten, string reason);
}

using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Campaigns.Web.Infrastructure.Telemetry;

/// <summary>
/// Metrics are always collected, for <c>/metrics</c>; traces and logs are recorded for export only, so without an
/// OTLP endpoint they cost nothing.
/// </summary>
public static class TelemetrySetup
{
    // Requests, connections, unhandled exceptions, refusals by the rate limiter and sign-ins; not routing or every
    // authentication, which would add instruments to each request (count and badge reads included) for little news.
    private static readonly string[] AspNetCoreMeters =
    [
        "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.Diagnostics",
        "Microsoft.AspNetCore.RateLimiting", "Microsoft.AspNetCore.Identity",
    ];

    public static WebApplicationBuilder AddCampaignsTelemetry(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<BacklogFigures>();
        services.AddSingleton<CampaignsMetrics>();
        var options = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var otlp = options.OtlpUri;
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(options.ServiceName))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(CampaignsMetrics.MeterName)
                    .AddMeter(AspNetCoreMeters)
                    .AddRuntimeInstrumentation()
                    .AddNpgsqlInstrumentation()
                    .AddPrometheusExporter();
                if (otlp is not null)
                {
                    metrics.AddOtlpExporter(o => Target(o, options, otlp, "v1/metrics"));
                }
            });
        if (otlp is not null)
        {
            telemetry
                .WithTracing(tracing => tracing
                    .AddAspNetCoreInstrumentation(o => o.Filter = http => !MetricsEndpoint.IsScrape(http))
                    .AddNpgsql()
                    .AddOtlpExporter(o => Target(o, options, otlp, "v1/traces")))
                .WithLogging(logging => logging.AddOtlpExporter(o => Target(o, options, otlp, "v1/logs")), o => o.IncludeScopes = true);
        }
        return builder;
    }

    // Over HTTP each signal has a path of its own under the collector's address; gRPC takes the address as it is.
    private static void Target(OtlpExporterOptions exporter, TelemetryOptions options, Uri endpoint, string signalPath)
    {
        exporter.Protocol = options.OtlpProtocol;
        exporter.Endpoint = options.OtlpProtocol == OtlpExportProtocol.HttpProtobuf
            ? new Uri($"{endpoint.AbsoluteUri.TrimEnd('/')}/{signalPath}")
            : endpoint;
        if (!string.IsNullOrWhiteSpace(options.OtlpHeaders))
        {
            exporter.Headers = options.OtlpHeaders;
        }
    }
}

using System.ComponentModel.DataAnnotations;
using OpenTelemetry.Exporter;

namespace Campaigns.Web.Infrastructure.Telemetry;

/// <summary>Metrics, traces and logs (section "Telemetry"). Nothing leaves the process unless an OTLP endpoint is set.</summary>
public sealed class TelemetryOptions : IValidatableObject
{
    public const string Section = "Telemetry";

    /// <summary>service.name of everything exported, so a collector can tell this app from others.</summary>
    [Required, StringLength(100)] public string ServiceName { get; set; } = "campaigns";

    /// <summary>An OpenTelemetry collector; set: metrics, traces and logs are pushed there.</summary>
    public string? OtlpEndpoint { get; set; }

    public OtlpExportProtocol OtlpProtocol { get; set; } = OtlpExportProtocol.Grpc;

    /// <summary>Headers for the collector, "key=value" pairs separated by commas (an API key, say).</summary>
    public string? OtlpHeaders { get; set; }

    /// <summary>How long the outbox and delivery figures may be reused before the database is asked again.</summary>
    [Range(0, 3600)] public int BacklogCacheSeconds { get; set; } = 5;

    public Uri? OtlpUri => Uri.TryCreate(OtlpEndpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(OtlpEndpoint) && OtlpUri is null)
        {
            yield return new ValidationResult(
                "Telemetry:OtlpEndpoint must be an absolute http:// or https:// address, such as http://collector:4317.", [nameof(OtlpEndpoint)]);
        }
    }
}

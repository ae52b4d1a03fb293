using System.Diagnostics.Metrics;

namespace Campaigns.Web.Infrastructure.Telemetry;

/// <summary>
/// The product's own instruments, on the meter <see cref="MeterName"/>. Counters are added to where things happen;
/// the outbox and delivery gauges are read from the database when metrics are collected (<see cref="BacklogFigures"/>).
/// </summary>
public sealed class CampaignsMetrics
{
    public const string MeterName = "Campaigns";

    private readonly Counter<long> _signaturesAccepted;
    private readonly Counter<long> _confirmations;
    private readonly Counter<long> _sendFailures;
    private readonly Counter<long> _jobFailures;

    public CampaignsMetrics(IMeterFactory meters, BacklogFigures backlog)
    {
        var meter = meters.Create(MeterName);
        _signaturesAccepted = meter.CreateCounter<long>("campaigns.signatures.accepted", "{signature}",
            "Signing requests answered as accepted (repeats included, since they are answered alike).");
        _confirmations = meter.CreateCounter<long>("campaigns.confirmations", "{signature}", "Signatures confirmed from their email link.");
        _sendFailures = meter.CreateCounter<long>("campaigns.outbox.send_failures", "{attempt}", "Failed attempts to send an outbox message, by kind and whether it was final.");
        _jobFailures = meter.CreateCounter<long>("campaigns.jobs.failures", "{failure}", "Background jobs and loops that ended in an error, by job.");
        meter.CreateObservableGauge("campaigns.outbox.backlog", () => backlog.Read(b => b.OutboxBacklog), "{message}",
            "Outbox messages not yet sent nor given up on.");
        meter.CreateObservableGauge("campaigns.outbox.oldest_age", () => backlog.Read(b => b.OldestMessageAge.TotalSeconds), "s",
            "Age of the oldest message in the outbox backlog; 0 when it is empty.");
        meter.CreateObservableGauge("campaigns.deliveries.due", () => backlog.Read(b => b.DeliveriesDue), "{delivery}",
            "Deliveries to officials whose time has come and that are not sent yet.");
        meter.CreateObservableGauge("campaigns.deliveries.failed", () => backlog.Read(b => b.DeliveriesFailed), "{delivery}",
            "Deliveries to officials that failed for good.");
    }

    public void SignatureAccepted() => _signaturesAccepted.Add(1);

    public void SignatureConfirmed() => _confirmations.Add(1);

    public void SendFailed(string kind, bool permanent) =>
        _sendFailures.Add(1, new KeyValuePair<string, object?>("kind", kind), new KeyValuePair<string, object?>("permanent", permanent));

    public void JobFailed(string job) => _jobFailures.Add(1, new KeyValuePair<string, object?>("job", job));
}

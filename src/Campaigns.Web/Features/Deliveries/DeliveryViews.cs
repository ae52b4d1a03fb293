using Campaigns.Web.Domain;

namespace Campaigns.Web.Features.Deliveries;

/// <summary>One line of the ledger as organizers see it (no signer's address).</summary>
public sealed record DeliveryLine(
    Guid Id, Guid TargetId, string TargetName, string Channel, string Mode, string Status, int SignatureCount,
    DateTime CreatedAt, DateTime? DueAt, int Attempts, string? LastError, DateTime? SentAt, string? MessageId,
    string? HeldReason, DateTime? CancelledAt, DateTime? PostedAt, string? PostedMethod, string? PostedReference, DateTime UpdatedAt);

/// <summary>Per target: how many deliveries are in each state, and how many signatures wait for a digest or release.</summary>
public sealed record TargetLedger(
    Guid TargetId, string TargetName, string Channel, string Mode, bool HasPostalAddress,
    int Queued, int Held, int Sending, int Sent, int Retrying, int Failed, int Cancelled, int WaitingSignatures);

public static class DeliveryStatusNames
{
    public static readonly IReadOnlyList<string> All = Enum.GetNames<DeliveryStatus>().Select(Lower).ToList();

    public static bool IsKnown(string? status) => status is null || All.Contains(status.ToLowerInvariant());

    public static DeliveryStatus? Parse(string? status) =>
        status is null ? null : Enum.Parse<DeliveryStatus>(status, ignoreCase: true);

    public static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static string Lower(string name) => name.ToLowerInvariant();
}

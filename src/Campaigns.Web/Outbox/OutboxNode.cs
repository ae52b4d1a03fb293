namespace Campaigns.Web.Outbox;

/// <summary>The name this instance writes on the outbox rows it leases, so it renews only its own leases.</summary>
public static class OutboxNode
{
    public static readonly string Name = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";
}

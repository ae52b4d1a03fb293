using Npgsql;

namespace Campaigns.Web.Features.Signing;

/// <summary>
/// Failures after which the same statement may simply run again: the connection was lost or cut off by the
/// server (terminated, shut down, failed over), or the server rolled the statement back (deadlock, serialization).
/// </summary>
public static class RetryableFailure
{
    public static bool Is(Exception exception) => exception switch
    {
        PostgresException postgres => postgres.IsTransient || postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
            || postgres.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow,
        NpgsqlException => true,
        _ => false,
    };
}

using Npgsql;

namespace Campaigns.Web.Data.Faults;

/// <summary>
/// Failures after which a batch may simply run again: the connection was lost (<see cref="ConnectionLoss"/>), the
/// server rolled the statement back (deadlock, serialization), or the driver failed before the server answered.
/// </summary>
public static class RetryableFailure
{
    public static bool Is(Exception exception) => ConnectionLoss.IsCause(exception) || exception switch
    {
        PostgresException postgres => postgres.IsTransient,
        NpgsqlException => true,
        _ => false,
    };
}

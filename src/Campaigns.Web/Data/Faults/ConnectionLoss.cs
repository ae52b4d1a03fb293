using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Campaigns.Web.Data.Faults;

/// <summary>
/// Failures that say the connection to PostgreSQL went away (the server terminated the backend, restarted or failed
/// over, or cannot be reached), as opposed to an error in the statement itself. A statement that failed this way
/// ran in a transaction the server rolled back, unless its commit was already on the wire.
/// </summary>
public static class ConnectionLoss
{
    public static bool IsCause(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException postgres:
                    return IsConnectionState(postgres.SqlState);
                case NpgsqlException npgsql when npgsql.InnerException is IOException or SocketException or EndOfStreamException:
                case SocketException or EndOfStreamException:
                    return true;
            }
        }
        return false;
    }

    /// <summary>Connection loss that the execution strategy's retries did not get past: the database is gone.</summary>
    public static bool OutlastedRetries(Exception exception) => exception is RetryLimitExceededException && IsCause(exception);

    // Class 08 is the connection exception class; 57P01-57P03 are the administrator's termination, a crash of
    // another backend, and a server that is starting or stopping.
    private static bool IsConnectionState(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal)
        || sqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow;

    /// <summary>
    /// A server that terminated one connection has usually closed every other one too (a restart, a failover): the
    /// pool's idle connections are dropped so the next attempt opens a fresh one instead of meeting another dead one.
    /// </summary>
    public static void ForgetPooledConnections(DbContext db)
    {
        if (db.Database.GetDbConnection() is NpgsqlConnection connection)
        {
            NpgsqlConnection.ClearPool(connection);
        }
    }
}

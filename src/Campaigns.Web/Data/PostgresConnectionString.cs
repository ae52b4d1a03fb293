using System.Data.Common;
using Npgsql;

namespace Campaigns.Web.Data;

/// <summary>
/// Connection settings for the few statements the app runs thousands of times a second (signing, the
/// outbox). A setting written in the configured connection string always wins.
/// </summary>
public static class PostgresConnectionString
{
    public static string WithDefaults(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var tuned = new NpgsqlConnectionStringBuilder(connectionString);
        // Prepared once per connection, a statement skips PostgreSQL's parsing and planning afterwards.
        if (!Mentions(given, "Max Auto Prepare"))
        {
            tuned.MaxAutoPrepare = 32;
        }
        // The app leaves no session state on a connection (the start-up lock is released explicitly, other
        // locks are transaction-scoped), so resetting each connection as it leaves the pool is wasted work.
        if (!Mentions(given, "No Reset On Close"))
        {
            tuned.NoResetOnClose = true;
        }
        return tuned.ConnectionString;
    }

    private static bool Mentions(DbConnectionStringBuilder given, string keyword) =>
        given.Keys.Cast<string>().Any(key => Squeeze(key).Equals(Squeeze(keyword), StringComparison.OrdinalIgnoreCase));

    private static string Squeeze(string keyword) => keyword.Replace(" ", "");
}

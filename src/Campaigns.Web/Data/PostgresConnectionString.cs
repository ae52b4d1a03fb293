using System.Data.Common;
using Npgsql;

namespace Campaigns.Web.Data;

/// <summary>
/// Connection settings for the few statements the app runs thousands of times a second (signing, the
/// outbox), and for connections that stay healthy when PostgreSQL refuses a statement. A setting written in the
/// configured connection string always wins.
/// </summary>
public static class PostgresConnectionString
{
    public static string WithDefaults(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var tuned = new NpgsqlConnectionStringBuilder(connectionString);
        // No automatic preparation: Npgsql counts a statement as prepared once PostgreSQL has parsed it, but learns
        // the columns it returns only after its parameters are bound. When PostgreSQL refuses a parameter's value
        // (a NUL in text, an invalid JSON escape) on the run that prepares it, the connection keeps a prepared
        // statement it believes returns nothing; the next run of that statement on the connection executes (its row
        // is written) and then fails on the first row it answers, breaking the connection.
        if (!Mentions(given, "Max Auto Prepare"))
        {
            tuned.MaxAutoPrepare = 0;
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

using Npgsql;

namespace Campaigns.Tests.Infrastructure;

/// <summary>What an operator, a failover or a restart does to an app's connections: the server ends them.</summary>
public static class Backends
{
    /// <summary>Terminates every connection to the test's own database but this one; returns how many it ended.</summary>
    public static async Task<int> TerminateAsync(TestDatabase database)
    {
        await using var admin = new NpgsqlConnection(TestEnvironment.Postgres);
        await admin.OpenAsync();
        await using var terminate = new NpgsqlCommand(
            "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", admin);
        terminate.Parameters.AddWithValue(new NpgsqlConnectionStringBuilder(database.ConnectionString).Database!);
        return Convert.ToInt32(await terminate.ExecuteScalarAsync());
    }

    /// <summary>
    /// Terminates the database's connections again each time <paramref name="answered"/> has grown by
    /// <paramref name="every"/>, until <paramref name="work"/> ends; returns how many it ended.
    /// </summary>
    public static async Task<int> KeepTerminatingAsync(TestDatabase database, Task work, Func<int> answered, int every)
    {
        var terminated = 0;
        var last = -every;
        while (!work.IsCompleted)
        {
            if (answered() >= last + every)
            {
                last = answered();
                terminated += await TerminateAsync(database);
            }
            await Task.WhenAny(work, Task.Delay(5));
        }
        return terminated;
    }
}

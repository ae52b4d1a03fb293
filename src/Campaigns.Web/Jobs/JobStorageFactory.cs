using Campaigns.Web.Data;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Npgsql;

namespace Campaigns.Web.Jobs;

/// <summary>
/// PostgreSQL storage in production, so that every instance's server shares one queue and one schedule;
/// in-memory storage for the embedded default, which runs a single instance.
/// </summary>
public static class JobStorageFactory
{
    public const string Schema = "hangfire";

    public static JobStorage Create(string? postgres, JobsOptions options)
    {
        if (string.IsNullOrWhiteSpace(postgres))
        {
            return new InMemoryStorage(new InMemoryStorageOptions { IdType = InMemoryStorageIdType.Long });
        }
        var storageOptions = new PostgreSqlStorageOptions
        {
            SchemaName = Schema,
            PrepareSchemaIfNecessary = true,
            EnableLongPolling = true,
            InvisibilityTimeout = TimeSpan.FromSeconds(options.AbandonedJobSeconds),
            UseSlidingInvisibilityTimeout = true,
        };
        var connections = new NpgsqlConnectionFactory(WithoutWaitingForFlush(postgres), storageOptions);
        return new PostgreSqlStorage(connections, storageOptions);
    }

    // Hangfire's rows are bookkeeping, not the record of anything promised: what a job does is committed by the app
    // on its own connections, durably. A job record lost in a database crash is made good by the app (a lost letter
    // gets a new job, a job run again finds its work done), so Hangfire's commits need not wait for the disk.
    private static string WithoutWaitingForFlush(string postgres)
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresConnectionString.WithDefaults(postgres));
        builder.Options = $"{builder.Options} -c synchronous_commit=off".Trim();
        return builder.ConnectionString;
    }
}

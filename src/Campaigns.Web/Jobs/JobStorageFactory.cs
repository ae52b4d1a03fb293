using Campaigns.Web.Data;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;

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
        var connections = new NpgsqlConnectionFactory(PostgresConnectionString.WithDefaults(postgres), storageOptions);
        return new PostgreSqlStorage(connections, storageOptions);
    }
}

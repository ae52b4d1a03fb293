using Campaigns.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Campaigns.Tests.Infrastructure;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>
/// An empty database of its own: a uniquely named PostgreSQL database when CAMPAIGNS_TEST_POSTGRES is set,
/// otherwise a SQLite file in a fresh temporary folder. Disposing it drops the database or deletes the folder.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string? _adminConnectionString;
    private readonly string? _name;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? dataDirectory, string? adminConnectionString, string? name)
    {
        Provider = provider;
        ConnectionString = connectionString;
        DataDirectory = dataDirectory;
        _adminConnectionString = adminConnectionString;
        _name = name;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The SQLite data folder (Campaigns:DataDirectory); null on PostgreSQL.</summary>
    public string? DataDirectory { get; }

    public static TestDatabase Create()
    {
        TestEnvironment.DemandPostgresWhenRequired();
        return TestEnvironment.Postgres is { } admin ? CreatePostgres(admin) : CreateSqlite();
    }

    /// <summary>A PostgreSQL database whatever the run's default, for <see cref="PostgresFactAttribute"/> tests.</summary>
    public static TestDatabase CreatePostgres() =>
        CreatePostgres(TestEnvironment.Postgres ?? throw new InvalidOperationException("CAMPAIGNS_TEST_POSTGRES is not set."));

    public static TestDatabase CreatePostgres(string adminConnectionString)
    {
        var name = $"campaigns_test_{DateTime.UtcNow:yyyyMMdd}_{Guid.NewGuid():N}"[..40];
        using (var admin = new NpgsqlConnection(adminConnectionString))
        {
            admin.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0", admin);
            create.ExecuteNonQuery();
        }
        var connectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name, MaxPoolSize = 30 }.ConnectionString;
        return new TestDatabase(DatabaseProvider.Postgres, connectionString, null, adminConnectionString, name);
    }

    public static TestDatabase CreateSqlite()
    {
        var directory = Directory.CreateTempSubdirectory("campaigns-test-db-").FullName;
        var connectionString = $"Data Source={Path.Combine(directory, "campaigns.db")};Default Timeout=30";
        return new TestDatabase(DatabaseProvider.Sqlite, connectionString, directory, null, null);
    }

    /// <summary>The settings that point the app at this database, in configuration-key form.</summary>
    public IReadOnlyDictionary<string, string> AppSettings => Provider == DatabaseProvider.Postgres
        ? new Dictionary<string, string> { ["ConnectionStrings:Postgres"] = ConnectionString }
        : new Dictionary<string, string> { ["ConnectionStrings:Postgres"] = "", ["Campaigns:DataDirectory"] = DataDirectory! };

    /// <summary>A context outside any app, for reading and writing rows directly.</summary>
    public CampaignsDbContext NewContext() => new(UseProvider(new DbContextOptionsBuilder<CampaignsDbContext>()).Options);

    /// <summary>
    /// The context the app runs on this provider, which carries the provider's migrations; built with the app's
    /// services, whose Identity options shape the Identity tables.
    /// </summary>
    public CampaignsDbContext NewMigrationsContext(IServiceProvider appServices) => Provider == DatabaseProvider.Postgres
        ? new PostgresCampaignsDbContext(UseProvider(new DbContextOptionsBuilder<PostgresCampaignsDbContext>()).UseApplicationServiceProvider(appServices).Options)
        : new SqliteCampaignsDbContext(UseProvider(new DbContextOptionsBuilder<SqliteCampaignsDbContext>()).UseApplicationServiceProvider(appServices).Options);

    private DbContextOptionsBuilder<TContext> UseProvider<TContext>(DbContextOptionsBuilder<TContext> builder) where TContext : DbContext =>
        Provider == DatabaseProvider.Postgres
            ? builder.UseNpgsql(ConnectionString)
            : builder.UseSqlite(ConnectionString).AddInterceptors(new SqlitePragmaInterceptor());

    public void Dispose()
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString));
            using var admin = new NpgsqlConnection(_adminConnectionString);
            admin.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", admin);
            drop.ExecuteNonQuery();
        }
        else
        {
            SqliteConnection.ClearPool(new SqliteConnection(ConnectionString));
            TryDelete(DataDirectory!);
        }
    }

    internal static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere only leaves a temporary folder behind.
        }
    }
}

using System.Data.Common;
using Campaigns.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Data;

/// <summary>
/// A database's schema as a set of one-line facts (columns, indexes, constraints), so two schemas can be
/// compared regardless of the order things were created in.
/// </summary>
public static class SchemaCatalog
{
    private const string History = "__EFMigrationsHistory";

    private const string PostgresQuery = """
        select 'col ' || table_name || '.' || column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '')
               || ' null=' || is_nullable || ' default=' || coalesce(column_default, '-') || ' identity=' || is_identity
        from information_schema.columns where table_schema = 'public' and table_name <> '__EFMigrationsHistory'
        union all
        select 'idx ' || tablename || ' ' || indexdef from pg_indexes where schemaname = 'public' and tablename <> '__EFMigrationsHistory'
        union all
        select 'con ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
        from pg_constraint where connamespace = 'public'::regnamespace and conrelid::regclass::text <> '"__EFMigrationsHistory"'
        """;

    /// <summary>Fails with every fact one schema has and the other lacks.</summary>
    public static void AssertSame(SortedSet<string> expected, string expectedSource, SortedSet<string> actual, string actualSource)
    {
        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        Assert.True(missing.Count + extra.Count == 0,
            $"The schema built by {actualSource} differs from {expectedSource}.\n" +
            $"Missing ({missing.Count}):\n  {string.Join("\n  ", missing)}\n" +
            $"Not expected ({extra.Count}):\n  {string.Join("\n  ", extra)}");
        Assert.NotEmpty(expected);
    }

    public static async Task<SortedSet<string>> ReadAsync(CampaignsDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            return db.IsPostgres ? await RowsAsync(connection, PostgresQuery) : await ReadSqliteAsync(connection);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<SortedSet<string>> ReadSqliteAsync(DbConnection connection)
    {
        var facts = new SortedSet<string>(StringComparer.Ordinal);
        var tables = await RowsAsync(connection, $"select name || '|' || sql from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not in ('{History}', '__EFMigrationsLock')");
        foreach (var row in tables)
        {
            var table = row[..row.IndexOf('|')];
            if (row.Contains("AUTOINCREMENT", StringComparison.OrdinalIgnoreCase))
            {
                facts.Add($"autoincrement {table}");
            }
            facts.UnionWith(await RowsAsync(connection,
                $"select 'col {table}.' || name || ' ' || type || ' notnull=' || \"notnull\" || ' default=' || coalesce(dflt_value, '-') || ' pk=' || pk from pragma_table_info('{table}')"));
            facts.UnionWith(await RowsAsync(connection,
                $"select 'fk {table}.' || \"from\" || ' -> ' || \"table\" || '.' || coalesce(\"to\", '?') || ' delete=' || on_delete || ' update=' || on_update from pragma_foreign_key_list('{table}')"));
            foreach (var index in await RowsAsync(connection, $"select name || '|' || \"unique\" || '|' || origin || '|' || partial from pragma_index_list('{table}')"))
            {
                var name = index[..index.IndexOf('|')];
                var columns = string.Join(",", await RowsAsync(connection, $"select coalesce(name, '?') from pragma_index_info('{name}') order by seqno", sorted: false));
                var sql = string.Join(" ", await RowsAsync(connection, $"select coalesce(sql, '') from sqlite_master where type = 'index' and name = '{name}'"));
                facts.Add($"idx {table} {index} ({columns}) {string.Join(' ', sql.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))}");
            }
        }
        return facts;
    }

    private static async Task<SortedSet<string>> RowsAsync(DbConnection connection, string sql) =>
        new(await RowsAsync(connection, sql, sorted: true), StringComparer.Ordinal);

    private static async Task<List<string>> RowsAsync(DbConnection connection, string sql, bool sorted)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.IsDBNull(0) ? "" : reader.GetValue(0).ToString()!);
        }
        if (sorted)
        {
            rows.Sort(StringComparer.Ordinal);
        }
        return rows;
    }
}

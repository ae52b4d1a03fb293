using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Campaigns.Tests.Data;

/// <summary>
/// A statement PostgreSQL refuses because of a parameter's value must leave its pooled connection healthy: the
/// next statement on it answers correctly instead of failing after it has run (a 500 whose row is written).
/// </summary>
public class RefusedStatementTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    // A statement refused at a parameter's value on its fifth run, when it would be prepared automatically.
    private const int RunsBeforeRefusal = 4;

    [PostgresFact]
    public async Task A_value_the_database_refuses_leaves_the_apps_connection_answering_the_next_query()
    {
        await app.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            for (var run = 0; run < RunsBeforeRefusal; run++)
            {
                Assert.Equal("fine", await NoteAsync(db, """{"note": "fine"}"""));
            }

            await Assert.ThrowsAsync<PostgresException>(() => NoteAsync(db, """{"note": "\u0000"}"""));

            Assert.Equal("fine again", await NoteAsync(db, """{"note": "fine again"}"""));
        });
    }

    [PostgresFact]
    public async Task A_nul_the_database_refuses_leaves_a_connection_with_the_apps_settings_answering_the_next_insert()
    {
        await using var connection = new NpgsqlConnection(PostgresConnectionString.WithDefaults(app.Database.ConnectionString));
        await connection.OpenAsync();
        await ExecuteAsync(connection, "CREATE TEMPORARY TABLE notes (id serial PRIMARY KEY, text text NOT NULL)");
        for (var run = 0; run < RunsBeforeRefusal; run++)
        {
            await InsertAsync(connection, $"note {run}");
        }

        await Assert.ThrowsAsync<PostgresException>(() => InsertAsync(connection, "a\0b"));

        Assert.Equal(RunsBeforeRefusal + 1, await InsertAsync(connection, "written once, answered once"));
        Assert.Equal(RunsBeforeRefusal + 1L, await ScalarAsync(connection, "SELECT count(*) FROM notes"));
    }

    // The group-commit writers prepare their statements explicitly: PostgreSQL describes the result before any value is bound.
    [PostgresFact]
    public async Task An_explicitly_prepared_statement_refused_at_a_value_answers_its_next_run()
    {
        await using var connection = new NpgsqlConnection(PostgresConnectionString.WithDefaults(app.Database.ConnectionString));
        await connection.OpenAsync();
        await ExecuteAsync(connection, "CREATE TEMPORARY TABLE prepared_notes (id serial PRIMARY KEY, note jsonb NOT NULL)");
        await using var command = new NpgsqlCommand("INSERT INTO prepared_notes (note) VALUES ($1) RETURNING id", connection)
        {
            Parameters = { new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Jsonb, Value = """{"note": "first"}""" } },
        };
        await command.PrepareAsync();
        Assert.Equal(1, (int)(await command.ExecuteScalarAsync())!);

        command.Parameters[0].Value = """{"note": "\u0000"}""";
        await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteScalarAsync());

        command.Parameters[0].Value = """{"note": "written once, answered once"}""";
        var answered = (int)(await command.ExecuteScalarAsync())!;
        Assert.Equal(answered, await ScalarAsync(connection, "SELECT id FROM prepared_notes WHERE note ->> 'note' = 'written once, answered once'"));
        Assert.Equal(2L, await ScalarAsync(connection, "SELECT count(*) FROM prepared_notes"));
    }

    private static async Task<string?> NoteAsync(CampaignsDbContext db, string json) =>
        (await db.Database.SqlQueryRaw<string>("SELECT ({0}::jsonb) ->> 'note' AS \"Value\"",
            new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Jsonb, Value = json }).ToListAsync()).Single();

    private static async Task<int> InsertAsync(NpgsqlConnection connection, string text)
    {
        await using var command = new NpgsqlCommand("INSERT INTO notes (text) VALUES ($1) RETURNING id", connection) { Parameters = { new() { Value = text } } };
        return (int)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

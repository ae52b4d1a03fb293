using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Data;
using Campaigns.Web.Data.Faults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Campaigns.Tests.Data.Faults;

/// <summary>
/// A large export is written as its rows are read, never held whole in memory: while the first row is handed
/// over, the query's reader is still reading the rest from the database.
/// </summary>
public class StreamedQueriesTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    private const int Rows = 10_000;

    [PostgresFact]
    public async Task A_streamed_query_hands_over_its_first_row_while_the_rest_are_still_being_read()
    {
        await app.WithDbAsync(async db =>
        {
            await using var rows = Numbers(db).Streamed(db).GetAsyncEnumerator();

            Assert.True(await rows.MoveNextAsync());
            await Assert.ThrowsAsync<NpgsqlOperationInProgressException>(() => AnotherQueryOnTheSameConnectionAsync(db));
            var read = 1;
            while (await rows.MoveNextAsync())
            {
                read++;
            }
            Assert.Equal(Rows, read);
        });
    }

    // Why exports need the above: the app's retrying strategy makes EF Core read every row before the first.
    [PostgresFact]
    public async Task A_query_under_the_retrying_strategy_has_read_every_row_before_the_first_is_handed_over()
    {
        await app.WithDbAsync(async db =>
        {
            await using var rows = Numbers(db).AsAsyncEnumerable().GetAsyncEnumerator();

            Assert.True(await rows.MoveNextAsync());
            Assert.Equal(1, await AnotherQueryOnTheSameConnectionAsync(db));
        });
    }

    // A connection runs one statement at a time: it is free only once the query's reader has read its last row.
    private static async Task<int> AnotherQueryOnTheSameConnectionAsync(CampaignsDbContext db)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT 1";
        return (int)(await command.ExecuteScalarAsync())!;
    }

    private static IQueryable<int> Numbers(CampaignsDbContext db) =>
        db.Database.SqlQueryRaw<int>($"""SELECT generate_series(1, {Rows}) AS "Value" """).OrderBy(n => n);
}

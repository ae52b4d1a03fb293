using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Campaigns.Web.Data.Faults;

/// <summary>
/// Rows written out as they are read, such as a large campaign's CSV export. Under a retrying execution strategy
/// EF Core reads every row into memory before handing over the first, so that a retry could start again from the
/// top. Rows already sent cannot be taken back, so a streamed query runs under a single-attempt strategy instead:
/// its reader stays open while the rows are written, and a connection lost half-way fails that one download.
/// </summary>
public static class StreamedQueries
{
    public static async IAsyncEnumerable<T> Streamed<T>(this IQueryable<T> query, DbContext db, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var strategy = new SingleAttempt(db.GetService<ExecutionStrategyDependencies>());
        // The query is compiled and its reader opened while the single-attempt strategy is the current one.
        var (rows, any) = await strategy.ExecuteAsync(query, async (_, q, token) =>
        {
            var enumerator = q.AsAsyncEnumerable().GetAsyncEnumerator(token);
            return (enumerator, await enumerator.MoveNextAsync());
        }, verifySucceeded: null, ct);
        await using (rows)
        {
            for (var more = any; more; more = await rows.MoveNextAsync())
            {
                yield return rows.Current;
            }
        }
    }

    private sealed class SingleAttempt(ExecutionStrategyDependencies dependencies) : ExecutionStrategy(dependencies, 0, TimeSpan.Zero)
    {
        protected override bool ShouldRetryOn(Exception exception) => false;
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Campaigns.Web.Data.Faults;

/// <summary>
/// Runs each query, each SaveChanges and each single statement again on a fresh connection when its connection was
/// lost: outside a transaction such an operation is one unit the server either rolled back or, for the few
/// statements that can run twice (the signature insert: its id is made here and a repeat does nothing), finished.
/// Inside a transaction the code that opened it owns the unit of work, so nothing is retried there .
/// </summary>
public class ConnectionLossRetries(ExecutionStrategyDependencies dependencies)
    : ExecutionStrategy(dependencies, MaxRetries, MaxDelay)
{
    private const int MaxRetries = 6;
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(20);

    private bool _insideTransaction;

    protected override void OnFirstExecution()
    {
        _insideTransaction = Dependencies.CurrentContext.Context.Database.CurrentTransaction is not null;
        ExceptionsEncountered.Clear();
    }

    protected override bool ShouldRetryOn(Exception exception) => !_insideTransaction && ConnectionLoss.IsCause(exception);

    protected override void OnRetry() => ConnectionLoss.ForgetPooledConnections(Dependencies.CurrentContext.Context);

    // Short and growing: a terminated connection is replaced at once, a restarting server gets about two seconds.
    protected override TimeSpan? GetNextDelay(Exception lastException)
    {
        var retries = ExceptionsEncountered.Count - 1;
        if (retries >= MaxRetryCount)
        {
            return null;
        }
        var delay = FirstDelay * Math.Pow(2, retries) * (1 + Random.NextDouble() / 2);
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }
}

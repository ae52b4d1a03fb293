using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Campaigns.Web.Data.Faults;

/// <summary>Notes in <see cref="RequestWrites"/> each commit as it is sent: once it is on the wire, it may have happened.</summary>
public class CommitTracking : DbTransactionInterceptor
{
    public override InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        RequestWrites.Note();
        return result;
    }

    public override ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        RequestWrites.Note();
        return ValueTask.FromResult(result);
    }
}

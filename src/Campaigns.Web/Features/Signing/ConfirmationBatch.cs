using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Deliveries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Campaigns.Web.Features.Signing;

/// <summary>
/// Confirms many signatures in one transaction on PostgreSQL, with their count deltas and delivery plans. The
/// conditional update confirms each signature once, however many of its clicks share the batch or race it.
/// </summary>
public static class ConfirmationBatch
{
    private const string Sql = """
        UPDATE "Signatures" s SET "ConfirmedAt" = i.confirmed_at
        FROM unnest($1::uuid[], $2::timestamptz[]) AS i(id, confirmed_at)
        WHERE s."Id" = i.id AND s."ConfirmedAt" IS NULL AND s."InvalidationId" IS NULL
        RETURNING s."Id"
        """;

    /// <summary>Says for each confirmation whether it was the one that confirmed its signature.</summary>
    public static async Task<IReadOnlyList<bool>> ConfirmAsync(CampaignsDbContext db, IReadOnlyList<PendingConfirmation> batch)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var confirmed = await UpdateAsync(db, transaction, batch);
        var tookEffect = new bool[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            var pending = batch[i];
            if (!confirmed.Remove(pending.SignatureId))
            {
                continue;
            }
            tookEffect[i] = true;
            DeliveryPlanner.Plan(db, pending.SignatureId, pending.CampaignId, pending.Kind, pending.Targets, pending.At);
        }
        foreach (var group in batch.Where((_, i) => tookEffect[i]).GroupBy(p => (p.CampaignId, p.Organisation)))
        {
            db.CountDeltas.Add(new CountDelta { CampaignId = group.Key.CampaignId, Delta = group.Count(), Organisation = group.Key.Organisation });
        }
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return tookEffect;
    }

    private static async Task<HashSet<Guid>> UpdateAsync(CampaignsDbContext db, IDbContextTransaction transaction, IReadOnlyList<PendingConfirmation> batch)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var command = new NpgsqlCommand(Sql, connection, (NpgsqlTransaction)transaction.GetDbTransaction());
        command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = batch.Select(p => p.SignatureId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<DateTime[]> { TypedValue = batch.Select(p => p.At).ToArray() });
        var confirmed = new HashSet<Guid>(batch.Count);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            confirmed.Add(reader.GetGuid(0));
        }
        return confirmed;
    }
}

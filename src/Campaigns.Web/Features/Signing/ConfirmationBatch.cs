using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Deliveries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using static Campaigns.Web.Features.Signing.ConfirmSignature;

namespace Campaigns.Web.Features.Signing;

/// <summary>
/// Confirms clicks in one transaction, with their count deltas and delivery plans: one read of every signature's
/// facts, one conditional update that confirms each signature once however many of its clicks share the batch or
/// race it, then the plans. On PostgreSQL a batch holds every click that arrived while the last one was written.
/// </summary>
public static class ConfirmationBatch
{
    private const string ConfirmSql = """
        UPDATE "Signatures" s SET "ConfirmedAt" = i.confirmed_at
        FROM unnest($1::uuid[], $2::timestamptz[]) AS i(id, confirmed_at)
        WHERE s."Id" = i.id AND s."ConfirmedAt" IS NULL AND s."InvalidationId" IS NULL
        RETURNING s."Id"
        """;

    public static async Task<IReadOnlyList<Result>> ConfirmAsync(CampaignsDbContext db, IReadOnlyList<PendingConfirmation> batch, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var facts = await ConfirmationFacts.ReadAsync(db, batch.Select(p => p.SignatureId).Distinct().ToArray(), ct);
        var results = batch.Select(p => facts.TryGetValue(p.SignatureId, out var found) ? found.Classify(p.At) : new Result(Outcome.NotFound)).ToArray();
        var pending = Enumerable.Range(0, batch.Count).Where(i => results[i].Outcome == Outcome.Pending).ToList();
        var awaitingApproval = pending.Where(i => facts[batch[i].SignatureId].NeedsApproval).ToHashSet();
        var confirming = pending.Where(i => !awaitingApproval.Contains(i)).Select(i => batch[i]).ToList();
        var confirmed = await ConfirmUnconfirmedAsync(db, transaction, confirming, ct);
        var deltas = new Dictionary<(Guid Campaign, bool Organisation), int>();
        foreach (var i in pending)
        {
            var (click, found) = (batch[i], facts[batch[i].SignatureId]);
            if (awaitingApproval.Contains(i))
            {
                results[i] = results[i] with { Outcome = Outcome.AwaitingApproval };
                continue;
            }
            var tookEffect = confirmed.Remove(click.SignatureId);
            results[i] = results[i] with { Outcome = tookEffect ? Outcome.Confirmed : Outcome.AlreadyConfirmed };
            if (tookEffect)
            {
                DeliveryPlanner.Plan(db, click.SignatureId, found.Campaign.Id, found.Campaign.Kind, found.Campaign.Targets, click.At);
                var key = (found.Campaign.Id, found.Kind == SignerKind.Organisation);
                deltas[key] = deltas.GetValueOrDefault(key) + 1;
            }
        }
        db.CountDeltas.AddRange(deltas.Select(d => new CountDelta { CampaignId = d.Key.Campaign, Organisation = d.Key.Organisation, Delta = d.Value }));
        await MarkVerifiedAsync(db, awaitingApproval.Select(i => batch[i]).ToList(), ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return results;
    }

    /// <summary>The ids of the signatures this update confirmed: those still unconfirmed and not invalidated.</summary>
    private static async Task<HashSet<Guid>> ConfirmUnconfirmedAsync(
        CampaignsDbContext db, IDbContextTransaction transaction, List<PendingConfirmation> clicks, CancellationToken ct)
    {
        var confirmed = new HashSet<Guid>(clicks.Count);
        if (clicks.Count == 0)
        {
            return confirmed;
        }
        if (!db.IsPostgres)
        {
            foreach (var click in clicks)
            {
                var updated = await db.Signatures
                    .Where(s => s.Id == click.SignatureId && s.ConfirmedAt == null && s.InvalidationId == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.ConfirmedAt, click.At), ct);
                if (updated > 0)
                {
                    confirmed.Add(click.SignatureId);
                }
            }
            return confirmed;
        }
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var command = new NpgsqlCommand(ConfirmSql, connection, (NpgsqlTransaction)transaction.GetDbTransaction());
        command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = clicks.Select(p => p.SignatureId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<DateTime[]> { TypedValue = clicks.Select(p => p.At).ToArray() });
        await command.PrepareAsync(ct);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            confirmed.Add(reader.GetGuid(0));
        }
        return confirmed;
    }

    private static async Task MarkVerifiedAsync(CampaignsDbContext db, List<PendingConfirmation> clicks, CancellationToken ct)
    {
        foreach (var click in clicks)
        {
            await db.Signatures.Where(s => s.Id == click.SignatureId && s.EmailVerifiedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.EmailVerifiedAt, click.At), ct);
        }
    }
}

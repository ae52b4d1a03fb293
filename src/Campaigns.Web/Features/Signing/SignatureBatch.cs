using Campaigns.Web.Data;
using Npgsql;

namespace Campaigns.Web.Features.Signing;

/// <summary>
/// Stores many signatures and their confirmation emails in one statement, so in one transaction and one commit
/// on PostgreSQL. Repeats of a person on a campaign are skipped by the unique index, as for a single signature.
/// </summary>
public static class SignatureBatch
{
    // A signature already stored under its own id was stored by an earlier try of this batch whose answer was
    // lost with its connection: it counts as stored, not as a repeat. Ordered inserts keep concurrent batches
    // from waiting on each other's rows in opposite orders.
    private const string Sql = """
        WITH input AS (
            SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                                 $8::text[], $9::text[], $10::boolean[], $11::text[], $12::timestamptz[], $13::text[],
                                 $14::text[], $15::text[], $16::text[], $17::text[], $18::text[],
                                 $19::text[], $20::text[], $21::text[], $22::timestamptz[])
                AS i(id, campaign_id, name, email, email_normalized, country, city, comment, name_display, email_updates,
                     ip_hash, created_at, kind, organisation_name, organisation_domain, signer_role, personal_text, culture,
                     email_kind, delivery_key, payload, email_created_at)
        ), inserted AS (
            INSERT INTO "Signatures" ("Id", "CampaignId", "Name", "Email", "EmailNormalized", "Country", "City", "Comment",
                                      "NameDisplay", "EmailUpdates", "IpHash", "CreatedAt",
                                      "Kind", "OrganisationName", "OrganisationDomain", "SignerRole", "PersonalText", "Culture")
            SELECT id, campaign_id, name, email, email_normalized, country, city, comment, name_display, email_updates,
                   ip_hash, created_at, kind, organisation_name, organisation_domain, signer_role, personal_text, culture
            FROM input ORDER BY campaign_id, email_normalized
            ON CONFLICT ("CampaignId", "EmailNormalized") DO NOTHING
            RETURNING "Id"
        ), emails AS (
            INSERT INTO "OutboxMessages" ("Kind", "DeliveryKey", "Payload", "CreatedAt", "AvailableAt", "Attempts")
            SELECT i.email_kind, i.delivery_key, i.payload, i.email_created_at, i.email_created_at, 0
            FROM input i JOIN inserted s ON s."Id" = i.id
        )
        SELECT "Id" FROM inserted
        UNION ALL
        SELECT s."Id" FROM "Signatures" s JOIN input i ON s."Id" = i.id
        """;

    /// <summary>Runs the batch as one statement; returns the ids of the signatures that are stored.</summary>
    public static async Task<HashSet<Guid>> StoreAsync(NpgsqlConnection connection, IReadOnlyList<PendingSignature> batch, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(Sql, connection);
        Add(command, batch, p => p.Signature.Id);
        Add(command, batch, p => p.Signature.CampaignId);
        Add(command, batch, p => p.Signature.Name);
        Add(command, batch, p => p.Signature.Email);
        Add(command, batch, p => p.Signature.EmailNormalized);
        Add(command, batch, p => p.Signature.Country);
        Add(command, batch, p => p.Signature.City);
        Add(command, batch, p => p.Signature.Comment);
        Add(command, batch, p => p.Signature.NameDisplay.ToString());
        Add(command, batch, p => p.Signature.EmailUpdates);
        Add(command, batch, p => p.Signature.IpHash);
        Add(command, batch, p => p.Signature.CreatedAt);
        Add(command, batch, p => p.Signature.Kind.ToString());
        Add(command, batch, p => p.Signature.OrganisationName);
        Add(command, batch, p => p.Signature.OrganisationDomain);
        Add(command, batch, p => p.Signature.SignerRole);
        Add(command, batch, p => p.Signature.PersonalText);
        Add(command, batch, p => p.Signature.Culture);
        Add(command, batch, p => p.Email.Kind);
        Add(command, batch, p => p.Email.DeliveryKey);
        Add(command, batch, p => p.Email.Payload);
        Add(command, batch, p => p.Email.CreatedAt);
        // Prepared once per connection: PostgreSQL then skips parsing and planning the statement for every batch.
        await command.PrepareAsync(ct);
        var stored = new HashSet<Guid>(batch.Count);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            stored.Add(reader.GetGuid(0));
        }
        return stored;
    }

    // This statement bypasses EF Core and so its NulFreeText interceptor: text is cleaned here the same way.
    private static void Add(NpgsqlCommand command, IReadOnlyList<PendingSignature> batch, Func<PendingSignature, string?> value) =>
        Add<string?>(command, batch, p => NulFreeText.Strip(value(p)));

    private static void Add<T>(NpgsqlCommand command, IReadOnlyList<PendingSignature> batch, Func<PendingSignature, T> value)
    {
        var values = new T[batch.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = value(batch[i]);
        }
        command.Parameters.Add(new NpgsqlParameter<T[]> { TypedValue = values });
    }
}

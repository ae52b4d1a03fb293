namespace Campaigns.Bench;

/// <summary>
/// What PostgreSQL alone does per signature when each one is its own transaction: the app's former single
/// statement, a signature row and its confirmation email row, into copies of the two tables (same columns,
/// indexes and foreign key to the campaign) with values as wide as the bench's signers.
/// </summary>
public static class PgbenchScript
{
    public const string SignatureCopy = "pgbench_signatures";
    public const string OutboxCopy = "pgbench_outbox";

    public static readonly string[] CreateTables =
    [
        $"""DROP TABLE IF EXISTS {SignatureCopy}, {OutboxCopy}""",
        $"""CREATE TABLE {SignatureCopy} (LIKE "Signatures" INCLUDING ALL)""",
        $"""ALTER TABLE {SignatureCopy} ADD FOREIGN KEY ("CampaignId") REFERENCES "Campaigns" ("Id")""",
        $"""CREATE TABLE {OutboxCopy} (LIKE "OutboxMessages" INCLUDING ALL)""",
    ];

    // Ids are time-ordered like the app's version 7 UUIDs, so the primary key grows at its right edge as there.
    public static string For(Guid campaignId) => $$"""
        \set n random(1, 1000000000000)
        WITH inserted AS (
          INSERT INTO {{SignatureCopy}} ("Id", "CampaignId", "Name", "Email", "EmailNormalized", "Country", "City", "Comment",
                                  "NameDisplay", "EmailUpdates", "IpHash", "CreatedAt",
                                  "Kind", "OrganisationName", "OrganisationDomain", "SignerRole", "PersonalText", "Culture")
          VALUES ((lpad(to_hex((extract(epoch FROM clock_timestamp()) * 1000)::bigint), 12, '0') || '7' || substr(md5(random()::text), 1, 19))::uuid,
                  '{{campaignId}}', 'Bench Signer ' || :client_id || ' ' || :n,
                  'pgbench-' || :client_id || '-' || :n || '@example.org', 'pgbench-' || :client_id || '-' || :n || '@example.org',
                  'GB', 'Leeds', NULL, 'Full', false, md5(:n::text) || md5(:client_id::text), now(),
                  'Individual', NULL, NULL, NULL, NULL, 'en')
          ON CONFLICT ("CampaignId", "EmailNormalized") DO NOTHING
          RETURNING "Id")
        INSERT INTO {{OutboxCopy}} ("Kind", "DeliveryKey", "Payload", "CreatedAt", "AvailableAt", "Attempts")
        SELECT 'signature-confirmation', 'signature-confirmation:' || "Id", '{"signatureId":"' || "Id" || '"}', now(), now(), 0
        FROM inserted;
        """;
}

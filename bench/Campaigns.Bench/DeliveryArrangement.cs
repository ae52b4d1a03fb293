namespace Campaigns.Bench;

/// <summary>A letter campaign to one official, with confirmed signatures whose deliveries are planned as confirming them would.</summary>
public static class DeliveryArrangement
{
    public static async Task<Guid> ArrangeAsync(BenchDatabase db, int letters, bool digest, int digestSize)
    {
        var now = DateTime.UtcNow;
        var (organisationId, campaignId, targetId) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var tag = digest ? "digest" : "individual";
        await Petition.InsertAsync(db, "Organisations", new()
        {
            ["Id"] = organisationId, ["Name"] = $"Bench {tag}", ["Slug"] = $"bench-{tag}", ["CreatedAt"] = now,
        });
        await Petition.InsertAsync(db, "Campaigns", new()
        {
            ["Id"] = campaignId, ["OrganisationId"] = organisationId, ["Slug"] = $"bench-letter-{tag}",
            ["Kind"] = digest ? "SignOnLetter" : "AppealLetter", ["Status"] = "Published",
            ["Title"] = "Release the benchmark writers", ["Summary"] = "Letters to measure delivery.",
            ["Body"] = "{salutation},\n\nWe ask you to release the writers.\n\n{editable}\n\n{supporter_name}, {supporter_city}",
            ["CreatedAt"] = now, ["PublishedAt"] = now,
        });
        await Petition.InsertAsync(db, "Targets", new()
        {
            ["Id"] = targetId, ["OrganisationId"] = organisationId, ["Name"] = "Benchmark Minister", ["Email"] = $"minister-{tag}@bench.example.org",
            ["Channel"] = "Email", ["Mode"] = digest ? "Digest" : "Individual", ["DigestThreshold"] = digestSize, ["CreatedAt"] = now,
        });
        await Petition.InsertAsync(db, "CampaignTargets", new() { ["CampaignId"] = campaignId, ["TargetId"] = targetId });
        await db.ExecuteAsync("""
            INSERT INTO "Signatures" ("Id", "CampaignId", "Name", "Email", "EmailNormalized", "Kind", "Country", "City",
                "NameDisplay", "EmailUpdates", "CreatedAt", "ConfirmedAt")
            SELECT gen_random_uuid(), $1, 'Supporter ' || g, 'bench-letter-' || g || '@example.org', 'bench-letter-' || g || '@example.org',
                'Individual', 'FR', 'Lyon', 'Full', false, $2, $2
            FROM generate_series(1, $3) g
            """, campaignId, now, letters);
        await db.ExecuteAsync(digest
            ? """
              INSERT INTO "DeliveryItems" ("CampaignId", "TargetId", "SignatureId", "CreatedAt")
              SELECT "CampaignId", $2, "Id", $3 FROM "Signatures" WHERE "CampaignId" = $1
              """
            : """
              INSERT INTO "Deliveries" ("Id", "CampaignId", "TargetId", "SignatureId", "Channel", "Mode", "Status", "DeliveryKey",
                  "SignatureCount", "CreatedAt", "DueAt", "Attempts", "UpdatedAt")
              SELECT gen_random_uuid(), "CampaignId", $2, "Id", 'Email', 'Individual', 'Queued', 'letter:' || "Id" || ':' || $2::text,
                  1, $3, $3, 0, $3
              FROM "Signatures" WHERE "CampaignId" = $1
              """, campaignId, targetId, now);
        return campaignId;
    }
}

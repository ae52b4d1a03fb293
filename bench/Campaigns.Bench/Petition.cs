namespace Campaigns.Bench;

/// <summary>Puts an open petition straight into the tables, so the run measures signing and nothing else.</summary>
public static class Petition
{
    public const string Slug = "bench-petition";

    public static async Task ArrangeAsync(BenchDatabase db)
    {
        var now = DateTime.UtcNow;
        var organisationId = Guid.NewGuid();
        await db.ExecuteAsync("""
            INSERT INTO "Organisations" ("Id", "Name", "Slug", "CreatedAt") VALUES ($1, $2, $3, $4)
            """, organisationId, "Benchmark Organisation", "bench-organisation", now);
        await db.ExecuteAsync("""
            INSERT INTO "Campaigns" ("Id", "OrganisationId", "Slug", "Kind", "Status", "Title", "Summary", "Body",
                                     "Goal", "CreatedAt", "PublishedAt", "SignatureCount")
            VALUES ($1, $2, $3, 'Petition', 'Published', $4, $5, $6, 1000000, $7, $7, 0)
            """,
            Guid.NewGuid(), organisationId, Slug, "Free the benchmark prisoner",
            "A petition used to measure how many signatures the site takes per second.",
            "We call for the **immediate release** of everyone detained for their peaceful work.", now);
    }
}

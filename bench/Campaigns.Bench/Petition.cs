namespace Campaigns.Bench;

/// <summary>
/// Puts an open petition straight into the tables, so the run measures signing and nothing else. Required
/// columns the bench does not know about (added by later migrations) get a zero value of their type.
/// </summary>
public static class Petition
{
    public const string Slug = "bench-petition";
    public const string CaseSlug = "bench-case";

    private const string RequiredColumnsSql = """
        SELECT column_name, data_type FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = $1 AND is_nullable = 'NO' AND column_default IS NULL
        """;

    public static async Task ArrangeAsync(BenchDatabase db)
    {
        var now = DateTime.UtcNow;
        var organisationId = Guid.NewGuid();
        await InsertAsync(db, "Organisations", new()
        {
            ["Id"] = organisationId, ["Name"] = "Benchmark Organisation", ["Slug"] = "bench-organisation", ["CreatedAt"] = now,
        });
        var campaignId = Guid.NewGuid();
        await InsertAsync(db, "Campaigns", new()
        {
            ["Id"] = campaignId, ["OrganisationId"] = organisationId, ["Slug"] = Slug,
            ["Kind"] = "Petition", ["Status"] = "Published",
            ["Title"] = "Free the benchmark prisoner",
            ["Summary"] = "A petition used to measure how many signatures the site takes per second.",
            ["Body"] = "We call for the **immediate release** of everyone detained for their peaceful work.",
            ["Goal"] = 1_000_000, ["CreatedAt"] = now, ["PublishedAt"] = now, ["SignatureCount"] = 0,
        });
        await ArrangeCaseAsync(db, organisationId, campaignId, now);
    }

    /// <summary>A person the petition is about, for the per-case counts and badge.</summary>
    private static async Task ArrangeCaseAsync(BenchDatabase db, Guid organisationId, Guid campaignId, DateTime now)
    {
        var caseId = Guid.NewGuid();
        await InsertAsync(db, "Cases", new()
        {
            ["Id"] = caseId, ["OrganisationId"] = organisationId, ["Slug"] = CaseSlug, ["Name"] = "The benchmark prisoner",
            ["Status"] = "Detained", ["CreatedAt"] = now,
        });
        await InsertAsync(db, "CampaignCases", new() { ["CampaignId"] = campaignId, ["CaseId"] = caseId, ["Position"] = 0 });
    }

    public static async Task InsertAsync(BenchDatabase db, string table, Dictionary<string, object> values)
    {
        foreach (var row in await db.RowsAsync(RequiredColumnsSql, table))
        {
            var (column, type) = ((string)row[0]!, (string)row[1]!);
            values.TryAdd(column, ZeroOf(type, column, table));
        }
        var columns = string.Join(", ", values.Keys.Select(c => $"\"{c}\""));
        var parameters = string.Join(", ", values.Keys.Select((_, i) => $"${i + 1}"));
        await db.ExecuteAsync($"INSERT INTO \"{table}\" ({columns}) VALUES ({parameters})", [.. values.Values]);
    }

    private static object ZeroOf(string type, string column, string table) => type switch
    {
        "integer" or "smallint" => 0,
        "bigint" => 0L,
        "boolean" => false,
        "text" or "character varying" => "",
        "uuid" => Guid.NewGuid(),
        "timestamp with time zone" => DateTime.UtcNow,
        _ => throw new NotSupportedException($"The bench cannot fill the required column {table}.{column} of type {type}."),
    };
}

using Microsoft.EntityFrameworkCore.Migrations;

namespace Campaigns.Web.Data.Migrations;

/// <summary>
/// Before the foreign keys and the unique output number exist, rows that would break them are mended so the
/// upgrade cannot fail: a target addressed about a case that no longer exists is addressed about everyone, a
/// campaign in a series that no longer exists leaves it, and of two campaigns claiming one output number the one
/// created first keeps it while the other leaves the series (keeping its reference text) to be placed again.
/// The SQL is the same on both providers.
/// </summary>
public static class SeriesAndCaseReferenceCleanup
{
    public static void Run(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            UPDATE "CampaignTargets" SET "OnBehalfOfCaseId" = NULL
            WHERE "OnBehalfOfCaseId" IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM "Cases" WHERE "Cases"."Id" = "CampaignTargets"."OnBehalfOfCaseId");
            """);
        migrationBuilder.Sql("""
            UPDATE "Campaigns" SET "SeriesId" = NULL, "OutputNumber" = NULL, "FinalOutput" = FALSE
            WHERE "SeriesId" IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM "ActionSeries" WHERE "ActionSeries"."Id" = "Campaigns"."SeriesId");
            """);
        migrationBuilder.Sql("""
            UPDATE "Campaigns" SET "SeriesId" = NULL, "OutputNumber" = NULL, "FinalOutput" = FALSE
            WHERE "Id" IN (
                SELECT "Id" FROM (
                    SELECT "Id", ROW_NUMBER() OVER (PARTITION BY "SeriesId", "OutputNumber" ORDER BY "CreatedAt", "Id") AS "Claim"
                    FROM "Campaigns"
                    WHERE "SeriesId" IS NOT NULL AND "OutputNumber" IS NOT NULL) AS "Placed"
                WHERE "Claim" > 1);
            """);
    }
}

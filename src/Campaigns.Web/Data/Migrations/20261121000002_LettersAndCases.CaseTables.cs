using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Campaigns.Web.Data.Migrations;

/// <summary>The case tables the letters-and-cases migration creates.</summary>
public partial class LettersAndCasesSchema
{
    private static void CreateCaseTables(MigrationBuilder m)
    {
        m.CreateTable(
            name: "CasePhotos",
            columns: t => new
            {
                CaseId = t.Column<Guid>(nullable: false),
                Content = t.Column<byte[]>(nullable: false),
                ContentType = t.Column<string>(maxLength: 50, nullable: false),
                Width = t.Column<int>(nullable: false),
                Height = t.Column<int>(nullable: false),
                UpdatedAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_CasePhotos", x => x.CaseId);
                t.ForeignKey("FK_CasePhotos_Cases_CaseId", x => x.CaseId, "Cases", "Id", onDelete: ReferentialAction.Cascade);
            });
        m.CreateTable(
            name: "CaseAdvocates",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CaseId = t.Column<Guid>(nullable: false),
                Kind = t.Column<string>(maxLength: 32, nullable: false),
                Name = t.Column<string>(maxLength: 200, nullable: false),
                Title = t.Column<string>(maxLength: 200, nullable: true),
                Affiliation = t.Column<string>(maxLength: 200, nullable: true),
                Url = t.Column<string>(maxLength: 2000, nullable: true),
                Position = t.Column<int>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_CaseAdvocates", x => x.Id);
                t.ForeignKey("FK_CaseAdvocates_Cases_CaseId", x => x.CaseId, "Cases", "Id", onDelete: ReferentialAction.Cascade);
            });
        m.CreateTable(
            name: "CaseUpdates",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CaseId = t.Column<Guid>(nullable: false),
                Date = t.Column<DateOnly>(nullable: false),
                Summary = t.Column<string>(maxLength: 4000, nullable: false),
                SourceName = t.Column<string>(maxLength: 200, nullable: true),
                SourceUrl = t.Column<string>(maxLength: 2000, nullable: true),
                SourceDate = t.Column<DateOnly>(nullable: true),
                CreatedAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_CaseUpdates", x => x.Id);
                t.ForeignKey("FK_CaseUpdates_Cases_CaseId", x => x.CaseId, "Cases", "Id", onDelete: ReferentialAction.Cascade);
            });
        m.CreateTable(
            name: "Followers",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CaseId = t.Column<Guid>(nullable: false),
                Email = t.Column<string>(maxLength: 254, nullable: false),
                EmailNormalized = t.Column<string>(maxLength: 254, nullable: false),
                IpHash = t.Column<string>(maxLength: 64, nullable: true),
                CreatedAt = t.Column<DateTime>(nullable: false),
                ConfirmedAt = t.Column<DateTime>(nullable: true),
                UnsubscribedAt = t.Column<DateTime>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_Followers", x => x.Id);
                t.ForeignKey("FK_Followers_Cases_CaseId", x => x.CaseId, "Cases", "Id", onDelete: ReferentialAction.Cascade);
            });
        m.CreateTable(
            name: "Milestones",
            columns: t => new
            {
                Id = t.Column<long>(nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .Annotation("Sqlite:Autoincrement", true),
                CampaignId = t.Column<Guid>(nullable: true),
                CaseId = t.Column<Guid>(nullable: true),
                Threshold = t.Column<int>(nullable: false),
                ReachedAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_Milestones", x => x.Id);
                t.ForeignKey("FK_Milestones_Campaigns_CampaignId", x => x.CampaignId, "Campaigns", "Id", onDelete: ReferentialAction.Cascade);
                t.ForeignKey("FK_Milestones_Cases_CaseId", x => x.CaseId, "Cases", "Id", onDelete: ReferentialAction.Cascade);
            });
    }
}

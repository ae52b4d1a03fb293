using Campaigns.Web.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Campaigns.Web.Data.Migrations;

[DbContext(typeof(CampaignsDbContext))]
[Migration("20261121000001_Campaigns")]
public class CampaignsSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Organisations",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                Name = t.Column<string>(maxLength: 200, nullable: false),
                Slug = t.Column<string>(maxLength: 100, nullable: false),
                CreatedAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_Organisations", x => x.Id);
            });
        migrationBuilder.CreateTable(
            name: "OutboxMessages",
            columns: t => new
            {
                Id = t.Column<long>(nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .Annotation("Sqlite:Autoincrement", true),
                Kind = t.Column<string>(maxLength: 64, nullable: false),
                DeliveryKey = t.Column<string>(maxLength: 200, nullable: false),
                Payload = t.Column<string>(maxLength: 20000, nullable: false),
                CreatedAt = t.Column<DateTime>(nullable: false),
                AvailableAt = t.Column<DateTime>(nullable: false),
                Attempts = t.Column<int>(nullable: false),
                LockedUntil = t.Column<DateTime>(nullable: true),
                LockedBy = t.Column<string>(maxLength: 100, nullable: true),
                ProcessedAt = t.Column<DateTime>(nullable: true),
                FailedAt = t.Column<DateTime>(nullable: true),
                LastError = t.Column<string>(maxLength: 2000, nullable: true),
                MessageId = t.Column<string>(maxLength: 200, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_OutboxMessages", x => x.Id);
            });
        migrationBuilder.CreateTable(
            name: "Campaigns",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                OrganisationId = t.Column<Guid>(nullable: false),
                Slug = t.Column<string>(maxLength: 100, nullable: false),
                Kind = t.Column<string>(maxLength: 32, nullable: false),
                Status = t.Column<string>(maxLength: 32, nullable: false),
                Title = t.Column<string>(maxLength: 200, nullable: false),
                Summary = t.Column<string>(maxLength: 1000, nullable: false),
                Body = t.Column<string>(maxLength: 50000, nullable: false),
                StartedBy = t.Column<string>(maxLength: 200, nullable: true),
                Goal = t.Column<int>(nullable: true),
                Deadline = t.Column<DateTime>(nullable: true),
                ClosingMessage = t.Column<string>(maxLength: 2000, nullable: true),
                CreatedAt = t.Column<DateTime>(nullable: false),
                PublishedAt = t.Column<DateTime>(nullable: true),
                ClosedAt = t.Column<DateTime>(nullable: true),
                SignatureCount = t.Column<int>(nullable: false),
                OfflineCount = t.Column<int>(nullable: false),
                CountedAt = t.Column<DateTime>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_Campaigns", x => x.Id);
                t.ForeignKey("FK_Campaigns_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateTable(
            name: "Cases",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                OrganisationId = t.Column<Guid>(nullable: false),
                Slug = t.Column<string>(maxLength: 100, nullable: false),
                Name = t.Column<string>(maxLength: 200, nullable: false),
                NativeName = t.Column<string>(maxLength: 200, nullable: true),
                Country = t.Column<string>(maxLength: 2, nullable: true),
                Status = t.Column<string>(maxLength: 32, nullable: false),
                DetainedSince = t.Column<DateOnly>(nullable: true),
                Charges = t.Column<string>(maxLength: 2000, nullable: true),
                Sentence = t.Column<string>(maxLength: 500, nullable: true),
                PlaceOfDetention = t.Column<string>(maxLength: 500, nullable: true),
                Biography = t.Column<string>(maxLength: 50000, nullable: true),
                CreatedAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_Cases", x => x.Id);
                t.ForeignKey("FK_Cases_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateTable(
            name: "OrganisationMembers",
            columns: t => new
            {
                OrganisationId = t.Column<Guid>(nullable: false),
                UserId = t.Column<string>(nullable: false),
                JoinedAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_OrganisationMembers", x => new { x.OrganisationId, x.UserId });
                t.ForeignKey("FK_OrganisationMembers_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
                t.ForeignKey("FK_OrganisationMembers_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateTable(
            name: "Targets",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                OrganisationId = t.Column<Guid>(nullable: false),
                Name = t.Column<string>(maxLength: 200, nullable: false),
                Title = t.Column<string>(maxLength: 200, nullable: true),
                Affiliation = t.Column<string>(maxLength: 200, nullable: true),
                Country = t.Column<string>(maxLength: 2, nullable: true),
                Email = t.Column<string>(maxLength: 254, nullable: true),
                PostalAddress = t.Column<string>(maxLength: 1000, nullable: true),
                Salutation = t.Column<string>(maxLength: 200, nullable: true),
                CreatedAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_Targets", x => x.Id);
                t.ForeignKey("FK_Targets_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateTable(
            name: "CountDeltas",
            columns: t => new
            {
                Id = t.Column<long>(nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .Annotation("Sqlite:Autoincrement", true),
                CampaignId = t.Column<Guid>(nullable: false),
                Delta = t.Column<int>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_CountDeltas", x => x.Id);
                t.ForeignKey("FK_CountDeltas_Campaigns_CampaignId", x => x.CampaignId, "Campaigns", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateTable(
            name: "Signatures",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CampaignId = t.Column<Guid>(nullable: false),
                Name = t.Column<string>(maxLength: 100, nullable: false),
                Email = t.Column<string>(maxLength: 254, nullable: false),
                EmailNormalized = t.Column<string>(maxLength: 254, nullable: false),
                Country = t.Column<string>(maxLength: 2, nullable: false),
                City = t.Column<string>(maxLength: 100, nullable: true),
                Comment = t.Column<string>(maxLength: 1000, nullable: true),
                NameDisplay = t.Column<string>(maxLength: 32, nullable: false),
                EmailUpdates = t.Column<bool>(nullable: false),
                IpHash = t.Column<string>(maxLength: 64, nullable: true),
                CreatedAt = t.Column<DateTime>(nullable: false),
                ConfirmedAt = t.Column<DateTime>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_Signatures", x => x.Id);
                t.ForeignKey("FK_Signatures_Campaigns_CampaignId", x => x.CampaignId, "Campaigns", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateTable(
            name: "CampaignCases",
            columns: t => new
            {
                CampaignId = t.Column<Guid>(nullable: false),
                CaseId = t.Column<Guid>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_CampaignCases", x => new { x.CampaignId, x.CaseId });
                t.ForeignKey("FK_CampaignCases_Campaigns_CampaignId", x => x.CampaignId, "Campaigns", "Id", onDelete: ReferentialAction.Cascade);
                t.ForeignKey("FK_CampaignCases_Cases_CaseId", x => x.CaseId, "Cases", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateTable(
            name: "CampaignTargets",
            columns: t => new
            {
                CampaignId = t.Column<Guid>(nullable: false),
                TargetId = t.Column<Guid>(nullable: false),
                Position = t.Column<int>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_CampaignTargets", x => new { x.CampaignId, x.TargetId });
                t.ForeignKey("FK_CampaignTargets_Campaigns_CampaignId", x => x.CampaignId, "Campaigns", "Id", onDelete: ReferentialAction.Cascade);
                t.ForeignKey("FK_CampaignTargets_Targets_TargetId", x => x.TargetId, "Targets", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_CampaignCases_CaseId", "CampaignCases", column: "CaseId");
        migrationBuilder.CreateIndex("IX_Campaigns_OrganisationId", "Campaigns", column: "OrganisationId");
        migrationBuilder.CreateIndex("IX_Campaigns_Slug", "Campaigns", column: "Slug", unique: true);
        migrationBuilder.CreateIndex("IX_Campaigns_Status_PublishedAt", "Campaigns", columns: ["Status", "PublishedAt"]);
        migrationBuilder.CreateIndex("IX_CampaignTargets_TargetId", "CampaignTargets", column: "TargetId");
        migrationBuilder.CreateIndex("IX_Cases_OrganisationId", "Cases", column: "OrganisationId");
        migrationBuilder.CreateIndex("IX_Cases_Slug", "Cases", column: "Slug", unique: true);
        migrationBuilder.CreateIndex("IX_CountDeltas_CampaignId", "CountDeltas", column: "CampaignId");
        migrationBuilder.CreateIndex("IX_OrganisationMembers_UserId", "OrganisationMembers", column: "UserId");
        migrationBuilder.CreateIndex("IX_Organisations_Slug", "Organisations", column: "Slug", unique: true);
        migrationBuilder.CreateIndex("IX_OutboxMessages_AvailableAt", "OutboxMessages", column: "AvailableAt", filter: "\"ProcessedAt\" IS NULL AND \"FailedAt\" IS NULL");
        migrationBuilder.CreateIndex("IX_OutboxMessages_DeliveryKey", "OutboxMessages", column: "DeliveryKey", unique: true);
        migrationBuilder.CreateIndex("IX_Signatures_CampaignId_ConfirmedAt", "Signatures", columns: ["CampaignId", "ConfirmedAt"]);
        migrationBuilder.CreateIndex("IX_Signatures_CampaignId_EmailNormalized", "Signatures", columns: ["CampaignId", "EmailNormalized"], unique: true);
        migrationBuilder.CreateIndex("IX_Signatures_CreatedAt", "Signatures", column: "CreatedAt");
        migrationBuilder.CreateIndex("IX_Targets_OrganisationId_Name", "Targets", columns: ["OrganisationId", "Name"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("CampaignTargets");
        migrationBuilder.DropTable("CampaignCases");
        migrationBuilder.DropTable("Signatures");
        migrationBuilder.DropTable("CountDeltas");
        migrationBuilder.DropTable("Targets");
        migrationBuilder.DropTable("OrganisationMembers");
        migrationBuilder.DropTable("Cases");
        migrationBuilder.DropTable("Campaigns");
        migrationBuilder.DropTable("OutboxMessages");
        migrationBuilder.DropTable("Organisations");
    }
}

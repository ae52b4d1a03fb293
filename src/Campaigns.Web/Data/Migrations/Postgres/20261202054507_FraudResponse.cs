using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Campaigns.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FraudResponse : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "InvalidationId",
                table: "Signatures",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "EmailDomainRules",
                columns: table => new
                {
                    Domain = table.Column<string>(type: "character varying(253)", maxLength: 253, nullable: false),
                    Verdict = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    AddedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    AddedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmailDomainRules", x => x.Domain);
                });

            migrationBuilder.CreateTable(
                name: "SignatureInvalidations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: false),
                    IpHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    EmailDomain = table.Column<string>(type: "character varying(253)", maxLength: 253, nullable: true),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    SignedFrom = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SignedUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    InvalidatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    InvalidatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Matched = table.Column<int>(type: "integer", nullable: false),
                    Counted = table.Column<int>(type: "integer", nullable: false),
                    UndoneBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    UndoneAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignatureInvalidations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SignatureInvalidations_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SigningRateAlerts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: false),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecentSignatures = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SigningRateAlerts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SigningRateAlerts_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Signatures_InvalidationId",
                table: "Signatures",
                column: "InvalidationId");

            migrationBuilder.CreateIndex(
                name: "IX_SignatureInvalidations_CampaignId_InvalidatedAt",
                table: "SignatureInvalidations",
                columns: new[] { "CampaignId", "InvalidatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SigningRateAlerts_CampaignId_SentAt",
                table: "SigningRateAlerts",
                columns: new[] { "CampaignId", "SentAt" });

            migrationBuilder.AddForeignKey(
                name: "FK_Signatures_SignatureInvalidations_InvalidationId",
                table: "Signatures",
                column: "InvalidationId",
                principalTable: "SignatureInvalidations",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Signatures_SignatureInvalidations_InvalidationId",
                table: "Signatures");

            migrationBuilder.DropTable(
                name: "EmailDomainRules");

            migrationBuilder.DropTable(
                name: "SignatureInvalidations");

            migrationBuilder.DropTable(
                name: "SigningRateAlerts");

            migrationBuilder.DropIndex(
                name: "IX_Signatures_InvalidationId",
                table: "Signatures");

            migrationBuilder.DropColumn(
                name: "InvalidationId",
                table: "Signatures");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Campaigns.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SupportFingerprints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SupportFingerprints",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Confirmed = table.Column<int>(type: "INTEGER", nullable: false),
                    Total = table.Column<int>(type: "INTEGER", nullable: false),
                    Records = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ComputedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportFingerprints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupportFingerprints_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WithdrawnRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConfirmedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Leaf = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    WithdrawnAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WithdrawnRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WithdrawnRecords_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SupportFingerprints_CampaignId_Day",
                table: "SupportFingerprints",
                columns: new[] { "CampaignId", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WithdrawnRecords_CampaignId_ConfirmedOn",
                table: "WithdrawnRecords",
                columns: new[] { "CampaignId", "ConfirmedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SupportFingerprints");

            migrationBuilder.DropTable(
                name: "WithdrawnRecords");
        }
    }
}

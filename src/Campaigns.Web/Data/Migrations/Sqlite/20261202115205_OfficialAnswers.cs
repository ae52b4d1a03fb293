using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Campaigns.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OfficialAnswers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AnswerWaitDays",
                table: "Campaigns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 30);

            migrationBuilder.CreateTable(
                name: "OfficialAnswers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TargetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfficialAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfficialAnswers_CampaignTargets_CampaignId_TargetId",
                        columns: x => new { x.CampaignId, x.TargetId },
                        principalTable: "CampaignTargets",
                        principalColumns: new[] { "CampaignId", "TargetId" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OfficialAnswerDocuments",
                columns: table => new
                {
                    AnswerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfficialAnswerDocuments", x => x.AnswerId);
                    table.ForeignKey(
                        name: "FK_OfficialAnswerDocuments_OfficialAnswers_AnswerId",
                        column: x => x.AnswerId,
                        principalTable: "OfficialAnswers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OfficialAnswers_CampaignId_TargetId",
                table: "OfficialAnswers",
                columns: new[] { "CampaignId", "TargetId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OfficialAnswerDocuments");

            migrationBuilder.DropTable(
                name: "OfficialAnswers");

            migrationBuilder.DropColumn(
                name: "AnswerWaitDays",
                table: "Campaigns");
        }
    }
}

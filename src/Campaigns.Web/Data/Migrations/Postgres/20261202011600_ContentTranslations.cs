using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Campaigns.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ContentTranslations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "Cases",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "en");

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "Campaigns",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "en");

            migrationBuilder.CreateTable(
                name: "CampaignTranslations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: false),
                    Language = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Body = table.Column<string>(type: "character varying(50000)", maxLength: 50000, nullable: false),
                    ClosingMessage = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    LetterSubject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EditableText = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    AddressedTo = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignTranslations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CampaignTranslations_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseTranslations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Language = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Charges = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Sentence = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    PlaceOfDetention = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Biography = table.Column<string>(type: "character varying(50000)", maxLength: 50000, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseTranslations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseTranslations_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseUpdateTranslations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseUpdateId = table.Column<Guid>(type: "uuid", nullable: false),
                    Language = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseUpdateTranslations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseUpdateTranslations_CaseUpdates_CaseUpdateId",
                        column: x => x.CaseUpdateId,
                        principalTable: "CaseUpdates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CampaignTranslations_CampaignId_Language",
                table: "CampaignTranslations",
                columns: new[] { "CampaignId", "Language" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseTranslations_CaseId_Language",
                table: "CaseTranslations",
                columns: new[] { "CaseId", "Language" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseUpdateTranslations_CaseUpdateId_Language",
                table: "CaseUpdateTranslations",
                columns: new[] { "CaseUpdateId", "Language" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CampaignTranslations");

            migrationBuilder.DropTable(
                name: "CaseTranslations");

            migrationBuilder.DropTable(
                name: "CaseUpdateTranslations");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "Campaigns");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Campaigns.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EnforceSeriesAndCaseReferences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            SeriesAndCaseReferenceCleanup.Run(migrationBuilder);

            migrationBuilder.DropIndex(
                name: "IX_Campaigns_SeriesId",
                table: "Campaigns");

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_SeriesId_OutputNumber",
                table: "Campaigns",
                columns: new[] { "SeriesId", "OutputNumber" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Campaigns_ActionSeries_SeriesId",
                table: "Campaigns",
                column: "SeriesId",
                principalTable: "ActionSeries",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_CampaignTargets_Cases_OnBehalfOfCaseId",
                table: "CampaignTargets",
                column: "OnBehalfOfCaseId",
                principalTable: "Cases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Campaigns_ActionSeries_SeriesId",
                table: "Campaigns");

            migrationBuilder.DropForeignKey(
                name: "FK_CampaignTargets_Cases_OnBehalfOfCaseId",
                table: "CampaignTargets");

            migrationBuilder.DropIndex(
                name: "IX_Campaigns_SeriesId_OutputNumber",
                table: "Campaigns");

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_SeriesId",
                table: "Campaigns",
                column: "SeriesId");
        }
    }
}

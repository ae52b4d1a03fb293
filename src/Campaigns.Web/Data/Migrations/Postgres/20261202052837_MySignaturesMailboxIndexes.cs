using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Campaigns.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MySignaturesMailboxIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Signatures_EmailNormalized",
                table: "Signatures",
                column: "EmailNormalized");

            migrationBuilder.CreateIndex(
                name: "IX_Followers_EmailNormalized",
                table: "Followers",
                column: "EmailNormalized");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Signatures_EmailNormalized",
                table: "Signatures");

            migrationBuilder.DropIndex(
                name: "IX_Followers_EmailNormalized",
                table: "Followers");
        }
    }
}

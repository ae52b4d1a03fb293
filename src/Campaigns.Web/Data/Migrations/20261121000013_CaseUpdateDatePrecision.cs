using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Campaigns.Web.Data.Migrations;

[DbContext(typeof(CampaignsDbContext))]
[Migration("20261121000013_CaseUpdateDatePrecision")]
public class CaseUpdateDatePrecision : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>("DatePrecision", "CaseUpdates", maxLength: 32, nullable: false, defaultValue: "Day");

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn("DatePrecision", "CaseUpdates");
}

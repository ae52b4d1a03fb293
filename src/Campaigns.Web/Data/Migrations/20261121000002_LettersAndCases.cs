using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Campaigns.Web.Data.Migrations;

[DbContext(typeof(CampaignsDbContext))]
[Migration("20261121000002_LettersAndCases")]
public partial class LettersAndCasesSchema : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        AddTargetColumns(migrationBuilder);
        AddCampaignColumns(migrationBuilder);
        AddSignatureColumns(migrationBuilder);
        AddCaseColumns(migrationBuilder);
        CreateLetterTables(migrationBuilder);
        CreateCaseTables(migrationBuilder);
        CreateIndexes(migrationBuilder);
    }

    private static void AddTargetColumns(MigrationBuilder m)
    {
        m.AddColumn<string>("Language", "Targets", maxLength: 16, nullable: true);
        m.AddColumn<string>("TimeZone", "Targets", maxLength: 64, nullable: true);
        m.AddColumn<string>("Notes", "Targets", maxLength: 2000, nullable: true);
        m.AddColumn<string>("Channel", "Targets", maxLength: 32, nullable: false, defaultValue: "Email");
        m.AddColumn<string>("Mode", "Targets", maxLength: 32, nullable: false, defaultValue: "Individual");
        m.AddColumn<int>("HourlyCap", "Targets", nullable: true);
        m.AddColumn<TimeOnly>("OfficeHoursStart", "Targets", nullable: true);
        m.AddColumn<TimeOnly>("OfficeHoursEnd", "Targets", nullable: true);
        m.AddColumn<int>("DigestThreshold", "Targets", nullable: true);
        m.AddColumn<bool>("DigestDaily", "Targets", nullable: false, defaultValue: false);
        m.AddColumn<DateTime>("RetiredAt", "Targets", nullable: true);

        m.AddColumn<Guid>("OnBehalfOfCaseId", "CampaignTargets", nullable: true);
        m.AddColumn<DateTime>("NoFurtherActionAt", "CampaignTargets", nullable: true);
        m.AddColumn<string>("NoFurtherActionReason", "CampaignTargets", maxLength: 500, nullable: true);
    }

    private static void AddCampaignColumns(MigrationBuilder m)
    {
        m.AddColumn<int>("OrganisationCount", "Campaigns", nullable: false, defaultValue: 0);
        m.AddColumn<string>("LetterSubject", "Campaigns", maxLength: 200, nullable: true);
        m.AddColumn<DateOnly>("LetterDate", "Campaigns", nullable: true);
        m.AddColumn<string>("EditableText", "Campaigns", maxLength: 10000, nullable: true);
        m.AddColumn<int>("EditableMaxLength", "Campaigns", nullable: true);
        m.AddColumn<bool>("ReplyToSupporter", "Campaigns", nullable: false, defaultValue: false);
        m.AddColumn<string>("AddressedTo", "Campaigns", maxLength: 500, nullable: true);
        m.AddColumn<string>("ContactName", "Campaigns", maxLength: 200, nullable: true);
        m.AddColumn<string>("ContactOrganisation", "Campaigns", maxLength: 200, nullable: true);
        m.AddColumn<string>("ContactEmail", "Campaigns", maxLength: 254, nullable: true);
        m.AddColumn<string>("SignatoryOrder", "Campaigns", maxLength: 32, nullable: false, defaultValue: "AsArranged");
        m.AddColumn<string>("Reference", "Campaigns", maxLength: 50, nullable: true);
        m.AddColumn<Guid>("SeriesId", "Campaigns", nullable: true);
        m.AddColumn<int>("OutputNumber", "Campaigns", nullable: true);
        m.AddColumn<bool>("FinalOutput", "Campaigns", nullable: false, defaultValue: false);

        m.AddColumn<int>("Position", "CampaignCases", nullable: false, defaultValue: 0);
        m.AddColumn<string>("ActionStatus", "CampaignCases", maxLength: 32, nullable: false, defaultValue: "Continues");
        m.AddColumn<DateOnly>("ActionChangedOn", "CampaignCases", nullable: true);
        m.AddColumn<string>("ActionReason", "CampaignCases", maxLength: 500, nullable: true);

        m.AddColumn<bool>("Organisation", "CountDeltas", nullable: false, defaultValue: false);
    }

    private static void AddSignatureColumns(MigrationBuilder m)
    {
        m.AddColumn<string>("Kind", "Signatures", maxLength: 32, nullable: false, defaultValue: "Individual");
        m.AddColumn<string>("OrganisationName", "Signatures", maxLength: 200, nullable: true);
        m.AddColumn<string>("OrganisationDomain", "Signatures", maxLength: 253, nullable: true);
        m.AddColumn<string>("SignerRole", "Signatures", maxLength: 200, nullable: true);
        m.AddColumn<string>("PersonalText", "Signatures", maxLength: 10000, nullable: true);
        m.AddColumn<DateTime>("EmailVerifiedAt", "Signatures", nullable: true);
    }

    private static void AddCaseColumns(MigrationBuilder m)
    {
        m.AddColumn<string>("Honorific", "Cases", maxLength: 50, nullable: true);
        m.AddColumn<DateOnly>("StatusChangedOn", "Cases", nullable: true);
        m.AddColumn<DateTime>("PhotoUpdatedAt", "Cases", nullable: true);
    }

    private static void CreateIndexes(MigrationBuilder m)
    {
        m.CreateIndex("IX_CampaignTargets_OnBehalfOfCaseId", "CampaignTargets", column: "OnBehalfOfCaseId");
        m.CreateIndex("IX_Campaigns_SeriesId", "Campaigns", column: "SeriesId");
        m.CreateIndex("IX_ListedSignatories_CampaignId", "ListedSignatories", column: "CampaignId");
        m.CreateIndex("IX_ListedSignatories_GroupId_Position", "ListedSignatories", columns: ["GroupId", "Position"]);
        m.CreateIndex("IX_SignatoryGroups_CampaignId_Position", "SignatoryGroups", columns: ["CampaignId", "Position"]);
        m.CreateIndex("IX_ActionSeries_OrganisationId_Reference", "ActionSeries", columns: ["OrganisationId", "Reference"], unique: true);
        m.CreateIndex("IX_Deliveries_CampaignId_TargetId_Status", "Deliveries", columns: ["CampaignId", "TargetId", "Status"]);
        m.CreateIndex("IX_Deliveries_DeliveryKey", "Deliveries", column: "DeliveryKey", unique: true);
        m.CreateIndex("IX_Deliveries_SignatureId", "Deliveries", column: "SignatureId");
        m.CreateIndex("IX_Deliveries_Status_DueAt", "Deliveries", columns: ["Status", "DueAt"]);
        m.CreateIndex("IX_Deliveries_TargetId_SentAt", "Deliveries", columns: ["TargetId", "SentAt"]);
        m.CreateIndex("IX_DeliveryItems_CampaignId_TargetId_DeliveryId", "DeliveryItems", columns: ["CampaignId", "TargetId", "DeliveryId"]);
        m.CreateIndex("IX_DeliveryItems_DeliveryId", "DeliveryItems", column: "DeliveryId");
        m.CreateIndex("IX_DeliveryItems_SignatureId", "DeliveryItems", column: "SignatureId");
        m.CreateIndex("IX_DeliveryItems_TargetId_SignatureId", "DeliveryItems", columns: ["TargetId", "SignatureId"], unique: true);
        m.CreateIndex("IX_CaseAdvocates_CaseId_Position", "CaseAdvocates", columns: ["CaseId", "Position"]);
        m.CreateIndex("IX_CaseUpdates_CaseId_Date", "CaseUpdates", columns: ["CaseId", "Date"]);
        m.CreateIndex("IX_Cases_Name", "Cases", column: "Name");
        m.CreateIndex("IX_Cases_NativeName", "Cases", column: "NativeName");
        m.CreateIndex("IX_Followers_CaseId_EmailNormalized", "Followers", columns: ["CaseId", "EmailNormalized"], unique: true);
        m.CreateIndex("IX_Milestones_CampaignId_Threshold", "Milestones", columns: ["CampaignId", "Threshold"], unique: true);
        m.CreateIndex("IX_Milestones_CaseId_Threshold", "Milestones", columns: ["CaseId", "Threshold"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "Milestones", "Followers", "CaseUpdates", "CaseAdvocates", "CasePhotos", "DeliveryItems", "Deliveries", "ListedSignatories", "SignatoryGroups", "ActionSeries" })
        {
            migrationBuilder.DropTable(table);
        }
        foreach (var (table, columns) in AddedColumns)
        {
            foreach (var column in columns)
            {
                migrationBuilder.DropColumn(column, table);
            }
        }
    }

    private static readonly (string Table, string[] Columns)[] AddedColumns =
    [
        ("Targets", ["Language", "TimeZone", "Notes", "Channel", "Mode", "HourlyCap", "OfficeHoursStart", "OfficeHoursEnd", "DigestThreshold", "DigestDaily", "RetiredAt"]),
        ("CampaignTargets", ["OnBehalfOfCaseId", "NoFurtherActionAt", "NoFurtherActionReason"]),
        ("Campaigns", ["OrganisationCount", "LetterSubject", "LetterDate", "EditableText", "EditableMaxLength", "ReplyToSupporter", "AddressedTo", "ContactName", "ContactOrganisation", "ContactEmail", "SignatoryOrder", "Reference", "SeriesId", "OutputNumber", "FinalOutput"]),
        ("CampaignCases", ["Position", "ActionStatus", "ActionChangedOn", "ActionReason"]),
        ("CountDeltas", ["Organisation"]),
        ("Signatures", ["Kind", "OrganisationName", "OrganisationDomain", "SignerRole", "PersonalText", "EmailVerifiedAt"]),
        ("Cases", ["Honorific", "StatusChangedOn", "PhotoUpdatedAt"]),
    ];
}

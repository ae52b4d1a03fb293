using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Campaigns.Web.Data.Migrations;

[DbContext(typeof(CampaignsDbContext))]
[Migration("20261121000002_LettersAndCases")]
public class LettersAndCasesSchema : Migration
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

    private static void CreateLetterTables(MigrationBuilder m)
    {
        m.CreateTable(
            name: "SignatoryGroups",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CampaignId = t.Column<Guid>(nullable: false),
                Name = t.Column<string>(maxLength: 200, nullable: false),
                Country = t.Column<string>(maxLength: 2, nullable: true),
                Position = t.Column<int>(nullable: false),
                ReceivesOnlineSigners = t.Column<bool>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_SignatoryGroups", x => x.Id);
                t.ForeignKey("FK_SignatoryGroups_Campaigns_CampaignId", x => x.CampaignId, "Campaigns", "Id", onDelete: ReferentialAction.Cascade);
            });
        m.CreateTable(
            name: "ListedSignatories",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CampaignId = t.Column<Guid>(nullable: false),
                GroupId = t.Column<Guid>(nullable: false),
                Name = t.Column<string>(maxLength: 200, nullable: false),
                Country = t.Column<string>(maxLength: 2, nullable: true),
                Role = t.Column<string>(maxLength: 200, nullable: true),
                IsOrganisation = t.Column<bool>(nullable: false),
                Position = t.Column<int>(nullable: false),
                AddedAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_ListedSignatories", x => x.Id);
                t.ForeignKey("FK_ListedSignatories_Campaigns_CampaignId", x => x.CampaignId, "Campaigns", "Id", onDelete: ReferentialAction.Cascade);
                t.ForeignKey("FK_ListedSignatories_SignatoryGroups_GroupId", x => x.GroupId, "SignatoryGroups", "Id", onDelete: ReferentialAction.Cascade);
            });
        m.CreateTable(
            name: "ActionSeries",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                OrganisationId = t.Column<Guid>(nullable: false),
                Reference = t.Column<string>(maxLength: 50, nullable: false),
                Title = t.Column<string>(maxLength: 200, nullable: false),
                CreatedAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_ActionSeries", x => x.Id);
                t.ForeignKey("FK_ActionSeries_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Cascade);
            });
        m.CreateTable(
            name: "Deliveries",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CampaignId = t.Column<Guid>(nullable: false),
                TargetId = t.Column<Guid>(nullable: false),
                SignatureId = t.Column<Guid>(nullable: true),
                Channel = t.Column<string>(maxLength: 32, nullable: false),
                Mode = t.Column<string>(maxLength: 32, nullable: false),
                Status = t.Column<string>(maxLength: 32, nullable: false),
                DeliveryKey = t.Column<string>(maxLength: 200, nullable: false),
                SignatureCount = t.Column<int>(nullable: false),
                CreatedAt = t.Column<DateTime>(nullable: false),
                DueAt = t.Column<DateTime>(nullable: true),
                Attempts = t.Column<int>(nullable: false),
                LastError = t.Column<string>(maxLength: 2000, nullable: true),
                SentAt = t.Column<DateTime>(nullable: true),
                MessageId = t.Column<string>(maxLength: 200, nullable: true),
                HeldReason = t.Column<string>(maxLength: 500, nullable: true),
                CancelledAt = t.Column<DateTime>(nullable: true),
                OutboxMessageId = t.Column<long>(nullable: true),
                PostedAt = t.Column<DateTime>(nullable: true),
                PostedMethod = t.Column<string>(maxLength: 100, nullable: true),
                PostedReference = t.Column<string>(maxLength: 200, nullable: true),
                RecordedByUserId = t.Column<string>(maxLength: 450, nullable: true),
                UpdatedAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_Deliveries", x => x.Id);
                t.ForeignKey("FK_Deliveries_Campaigns_CampaignId", x => x.CampaignId, "Campaigns", "Id", onDelete: ReferentialAction.Restrict);
                t.ForeignKey("FK_Deliveries_Signatures_SignatureId", x => x.SignatureId, "Signatures", "Id", onDelete: ReferentialAction.Restrict);
                t.ForeignKey("FK_Deliveries_Targets_TargetId", x => x.TargetId, "Targets", "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateTable(
            name: "DeliveryItems",
            columns: t => new
            {
                Id = t.Column<long>(nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .Annotation("Sqlite:Autoincrement", true),
                CampaignId = t.Column<Guid>(nullable: false),
                TargetId = t.Column<Guid>(nullable: false),
                SignatureId = t.Column<Guid>(nullable: false),
                DeliveryId = t.Column<Guid>(nullable: true),
                CreatedAt = t.Column<DateTime>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_DeliveryItems", x => x.Id);
                t.ForeignKey("FK_DeliveryItems_Campaigns_CampaignId", x => x.CampaignId, "Campaigns", "Id", onDelete: ReferentialAction.Restrict);
                t.ForeignKey("FK_DeliveryItems_Deliveries_DeliveryId", x => x.DeliveryId, "Deliveries", "Id", onDelete: ReferentialAction.SetNull);
                t.ForeignKey("FK_DeliveryItems_Signatures_SignatureId", x => x.SignatureId, "Signatures", "Id", onDelete: ReferentialAction.Cascade);
                t.ForeignKey("FK_DeliveryItems_Targets_TargetId", x => x.TargetId, "Targets", "Id", onDelete: ReferentialAction.Restrict);
            });
    }

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

using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Campaigns.Web.Data.Migrations;

/// <summary>The letter and delivery tables the letters-and-cases migration creates.</summary>
public partial class LettersAndCasesSchema
{
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
}

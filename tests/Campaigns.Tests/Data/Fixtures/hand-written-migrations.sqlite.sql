-- Frozen: what the hand-written migrations 20261121000000_Identity … 20261121000013_CaseUpdateDatePrecision ran on SQLite,
-- scripted by EF Core 10.0.15 just before per-provider migrations replaced them. Never edit: upgrades are tested from it.

CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);

CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "DisplayName" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);

CREATE TABLE "DataProtectionKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NOT NULL,
    "Xml" TEXT NOT NULL
);

CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");

CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");

CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");

CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");

CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");

CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");

CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261121000000_Identity', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "Organisations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Organisations" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Slug" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL
);

CREATE TABLE "OutboxMessages" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OutboxMessages" PRIMARY KEY AUTOINCREMENT,
    "Kind" TEXT NOT NULL,
    "DeliveryKey" TEXT NOT NULL,
    "Payload" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "AvailableAt" TEXT NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "LockedUntil" TEXT NULL,
    "LockedBy" TEXT NULL,
    "ProcessedAt" TEXT NULL,
    "FailedAt" TEXT NULL,
    "LastError" TEXT NULL,
    "MessageId" TEXT NULL
);

CREATE TABLE "Campaigns" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Campaigns" PRIMARY KEY,
    "OrganisationId" TEXT NOT NULL,
    "Slug" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "StartedBy" TEXT NULL,
    "Goal" INTEGER NULL,
    "Deadline" TEXT NULL,
    "ClosingMessage" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "PublishedAt" TEXT NULL,
    "ClosedAt" TEXT NULL,
    "SignatureCount" INTEGER NOT NULL,
    "OfflineCount" INTEGER NOT NULL,
    "CountedAt" TEXT NULL,
    CONSTRAINT "FK_Campaigns_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Cases" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Cases" PRIMARY KEY,
    "OrganisationId" TEXT NOT NULL,
    "Slug" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "NativeName" TEXT NULL,
    "Country" TEXT NULL,
    "Status" TEXT NOT NULL,
    "DetainedSince" TEXT NULL,
    "Charges" TEXT NULL,
    "Sentence" TEXT NULL,
    "PlaceOfDetention" TEXT NULL,
    "Biography" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_Cases_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "OrganisationMembers" (
    "OrganisationId" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "JoinedAt" TEXT NOT NULL,
    CONSTRAINT "PK_OrganisationMembers" PRIMARY KEY ("OrganisationId", "UserId"),
    CONSTRAINT "FK_OrganisationMembers_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_OrganisationMembers_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Targets" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Targets" PRIMARY KEY,
    "OrganisationId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Title" TEXT NULL,
    "Affiliation" TEXT NULL,
    "Country" TEXT NULL,
    "Email" TEXT NULL,
    "PostalAddress" TEXT NULL,
    "Salutation" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_Targets_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "CountDeltas" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CountDeltas" PRIMARY KEY AUTOINCREMENT,
    "CampaignId" TEXT NOT NULL,
    "Delta" INTEGER NOT NULL,
    CONSTRAINT "FK_CountDeltas_Campaigns_CampaignId" FOREIGN KEY ("CampaignId") REFERENCES "Campaigns" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Signatures" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Signatures" PRIMARY KEY,
    "CampaignId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Email" TEXT NOT NULL,
    "EmailNormalized" TEXT NOT NULL,
    "Country" TEXT NOT NULL,
    "City" TEXT NULL,
    "Comment" TEXT NULL,
    "NameDisplay" TEXT NOT NULL,
    "EmailUpdates" INTEGER NOT NULL,
    "IpHash" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ConfirmedAt" TEXT NULL,
    CONSTRAINT "FK_Signatures_Campaigns_CampaignId" FOREIGN KEY ("CampaignId") REFERENCES "Campaigns" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "CampaignCases" (
    "CampaignId" TEXT NOT NULL,
    "CaseId" TEXT NOT NULL,
    CONSTRAINT "PK_CampaignCases" PRIMARY KEY ("CampaignId", "CaseId"),
    CONSTRAINT "FK_CampaignCases_Campaigns_CampaignId" FOREIGN KEY ("CampaignId") REFERENCES "Campaigns" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CampaignCases_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases" ("Id") ON DELETE CASCADE
);

CREATE TABLE "CampaignTargets" (
    "CampaignId" TEXT NOT NULL,
    "TargetId" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    CONSTRAINT "PK_CampaignTargets" PRIMARY KEY ("CampaignId", "TargetId"),
    CONSTRAINT "FK_CampaignTargets_Campaigns_CampaignId" FOREIGN KEY ("CampaignId") REFERENCES "Campaigns" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CampaignTargets_Targets_TargetId" FOREIGN KEY ("TargetId") REFERENCES "Targets" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_CampaignCases_CaseId" ON "CampaignCases" ("CaseId");

CREATE INDEX "IX_Campaigns_OrganisationId" ON "Campaigns" ("OrganisationId");

CREATE UNIQUE INDEX "IX_Campaigns_Slug" ON "Campaigns" ("Slug");

CREATE INDEX "IX_Campaigns_Status_PublishedAt" ON "Campaigns" ("Status", "PublishedAt");

CREATE INDEX "IX_CampaignTargets_TargetId" ON "CampaignTargets" ("TargetId");

CREATE INDEX "IX_Cases_OrganisationId" ON "Cases" ("OrganisationId");

CREATE UNIQUE INDEX "IX_Cases_Slug" ON "Cases" ("Slug");

CREATE INDEX "IX_CountDeltas_CampaignId" ON "CountDeltas" ("CampaignId");

CREATE INDEX "IX_OrganisationMembers_UserId" ON "OrganisationMembers" ("UserId");

CREATE UNIQUE INDEX "IX_Organisations_Slug" ON "Organisations" ("Slug");

CREATE INDEX "IX_OutboxMessages_AvailableAt" ON "OutboxMessages" ("AvailableAt") WHERE "ProcessedAt" IS NULL AND "FailedAt" IS NULL;

CREATE UNIQUE INDEX "IX_OutboxMessages_DeliveryKey" ON "OutboxMessages" ("DeliveryKey");

CREATE INDEX "IX_Signatures_CampaignId_ConfirmedAt" ON "Signatures" ("CampaignId", "ConfirmedAt");

CREATE UNIQUE INDEX "IX_Signatures_CampaignId_EmailNormalized" ON "Signatures" ("CampaignId", "EmailNormalized");

CREATE INDEX "IX_Signatures_CreatedAt" ON "Signatures" ("CreatedAt");

CREATE INDEX "IX_Targets_OrganisationId_Name" ON "Targets" ("OrganisationId", "Name");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261121000001_Campaigns', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Targets" ADD "Language" TEXT NULL;

ALTER TABLE "Targets" ADD "TimeZone" TEXT NULL;

ALTER TABLE "Targets" ADD "Notes" TEXT NULL;

ALTER TABLE "Targets" ADD "Channel" TEXT NOT NULL DEFAULT 'Email';

ALTER TABLE "Targets" ADD "Mode" TEXT NOT NULL DEFAULT 'Individual';

ALTER TABLE "Targets" ADD "HourlyCap" INTEGER NULL;

ALTER TABLE "Targets" ADD "OfficeHoursStart" TEXT NULL;

ALTER TABLE "Targets" ADD "OfficeHoursEnd" TEXT NULL;

ALTER TABLE "Targets" ADD "DigestThreshold" INTEGER NULL;

ALTER TABLE "Targets" ADD "DigestDaily" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "Targets" ADD "RetiredAt" TEXT NULL;

ALTER TABLE "CampaignTargets" ADD "OnBehalfOfCaseId" TEXT NULL;

ALTER TABLE "CampaignTargets" ADD "NoFurtherActionAt" TEXT NULL;

ALTER TABLE "CampaignTargets" ADD "NoFurtherActionReason" TEXT NULL;

ALTER TABLE "Campaigns" ADD "OrganisationCount" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "Campaigns" ADD "LetterSubject" TEXT NULL;

ALTER TABLE "Campaigns" ADD "LetterDate" TEXT NULL;

ALTER TABLE "Campaigns" ADD "EditableText" TEXT NULL;

ALTER TABLE "Campaigns" ADD "EditableMaxLength" INTEGER NULL;

ALTER TABLE "Campaigns" ADD "ReplyToSupporter" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "Campaigns" ADD "AddressedTo" TEXT NULL;

ALTER TABLE "Campaigns" ADD "ContactName" TEXT NULL;

ALTER TABLE "Campaigns" ADD "ContactOrganisation" TEXT NULL;

ALTER TABLE "Campaigns" ADD "ContactEmail" TEXT NULL;

ALTER TABLE "Campaigns" ADD "SignatoryOrder" TEXT NOT NULL DEFAULT 'AsArranged';

ALTER TABLE "Campaigns" ADD "Reference" TEXT NULL;

ALTER TABLE "Campaigns" ADD "SeriesId" TEXT NULL;

ALTER TABLE "Campaigns" ADD "OutputNumber" INTEGER NULL;

ALTER TABLE "Campaigns" ADD "FinalOutput" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "CampaignCases" ADD "Position" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "CampaignCases" ADD "ActionStatus" TEXT NOT NULL DEFAULT 'Continues';

ALTER TABLE "CampaignCases" ADD "ActionChangedOn" TEXT NULL;

ALTER TABLE "CampaignCases" ADD "ActionReason" TEXT NULL;

ALTER TABLE "CountDeltas" ADD "Organisation" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "Signatures" ADD "Kind" TEXT NOT NULL DEFAULT 'Individual';

ALTER TABLE "Signatures" ADD "OrganisationName" TEXT NULL;

ALTER TABLE "Signatures" ADD "OrganisationDomain" TEXT NULL;

ALTER TABLE "Signatures" ADD "SignerRole" TEXT NULL;

ALTER TABLE "Signatures" ADD "PersonalText" TEXT NULL;

ALTER TABLE "Signatures" ADD "EmailVerifiedAt" TEXT NULL;

ALTER TABLE "Cases" ADD "Honorific" TEXT NULL;

ALTER TABLE "Cases" ADD "StatusChangedOn" TEXT NULL;

ALTER TABLE "Cases" ADD "PhotoUpdatedAt" TEXT NULL;

CREATE TABLE "SignatoryGroups" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SignatoryGroups" PRIMARY KEY,
    "CampaignId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Country" TEXT NULL,
    "Position" INTEGER NOT NULL,
    "ReceivesOnlineSigners" INTEGER NOT NULL,
    CONSTRAINT "FK_SignatoryGroups_Campaigns_CampaignId" FOREIGN KEY ("CampaignId") REFERENCES "Campaigns" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ListedSignatories" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ListedSignatories" PRIMARY KEY,
    "CampaignId" TEXT NOT NULL,
    "GroupId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Country" TEXT NULL,
    "Role" TEXT NULL,
    "IsOrganisation" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    "AddedAt" TEXT NOT NULL,
    CONSTRAINT "FK_ListedSignatories_Campaigns_CampaignId" FOREIGN KEY ("CampaignId") REFERENCES "Campaigns" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ListedSignatories_SignatoryGroups_GroupId" FOREIGN KEY ("GroupId") REFERENCES "SignatoryGroups" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ActionSeries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ActionSeries" PRIMARY KEY,
    "OrganisationId" TEXT NOT NULL,
    "Reference" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_ActionSeries_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Deliveries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Deliveries" PRIMARY KEY,
    "CampaignId" TEXT NOT NULL,
    "TargetId" TEXT NOT NULL,
    "SignatureId" TEXT NULL,
    "Channel" TEXT NOT NULL,
    "Mode" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "DeliveryKey" TEXT NOT NULL,
    "SignatureCount" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "DueAt" TEXT NULL,
    "Attempts" INTEGER NOT NULL,
    "LastError" TEXT NULL,
    "SentAt" TEXT NULL,
    "MessageId" TEXT NULL,
    "HeldReason" TEXT NULL,
    "CancelledAt" TEXT NULL,
    "OutboxMessageId" INTEGER NULL,
    "PostedAt" TEXT NULL,
    "PostedMethod" TEXT NULL,
    "PostedReference" TEXT NULL,
    "RecordedByUserId" TEXT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_Deliveries_Campaigns_CampaignId" FOREIGN KEY ("CampaignId") REFERENCES "Campaigns" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Deliveries_Signatures_SignatureId" FOREIGN KEY ("SignatureId") REFERENCES "Signatures" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Deliveries_Targets_TargetId" FOREIGN KEY ("TargetId") REFERENCES "Targets" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "DeliveryItems" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DeliveryItems" PRIMARY KEY AUTOINCREMENT,
    "CampaignId" TEXT NOT NULL,
    "TargetId" TEXT NOT NULL,
    "SignatureId" TEXT NOT NULL,
    "DeliveryId" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_DeliveryItems_Campaigns_CampaignId" FOREIGN KEY ("CampaignId") REFERENCES "Campaigns" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_DeliveryItems_Deliveries_DeliveryId" FOREIGN KEY ("DeliveryId") REFERENCES "Deliveries" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_DeliveryItems_Signatures_SignatureId" FOREIGN KEY ("SignatureId") REFERENCES "Signatures" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_DeliveryItems_Targets_TargetId" FOREIGN KEY ("TargetId") REFERENCES "Targets" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "CasePhotos" (
    "CaseId" TEXT NOT NULL CONSTRAINT "PK_CasePhotos" PRIMARY KEY,
    "Content" BLOB NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Width" INTEGER NOT NULL,
    "Height" INTEGER NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_CasePhotos_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases" ("Id") ON DELETE CASCADE
);

CREATE TABLE "CaseAdvocates" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CaseAdvocates" PRIMARY KEY,
    "CaseId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Title" TEXT NULL,
    "Affiliation" TEXT NULL,
    "Url" TEXT NULL,
    "Position" INTEGER NOT NULL,
    CONSTRAINT "FK_CaseAdvocates_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases" ("Id") ON DELETE CASCADE
);

CREATE TABLE "CaseUpdates" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CaseUpdates" PRIMARY KEY,
    "CaseId" TEXT NOT NULL,
    "Date" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "SourceName" TEXT NULL,
    "SourceUrl" TEXT NULL,
    "SourceDate" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_CaseUpdates_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Followers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Followers" PRIMARY KEY,
    "CaseId" TEXT NOT NULL,
    "Email" TEXT NOT NULL,
    "EmailNormalized" TEXT NOT NULL,
    "IpHash" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ConfirmedAt" TEXT NULL,
    "UnsubscribedAt" TEXT NULL,
    CONSTRAINT "FK_Followers_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Milestones" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Milestones" PRIMARY KEY AUTOINCREMENT,
    "CampaignId" TEXT NULL,
    "CaseId" TEXT NULL,
    "Threshold" INTEGER NOT NULL,
    "ReachedAt" TEXT NOT NULL,
    CONSTRAINT "FK_Milestones_Campaigns_CampaignId" FOREIGN KEY ("CampaignId") REFERENCES "Campaigns" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Milestones_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_CampaignTargets_OnBehalfOfCaseId" ON "CampaignTargets" ("OnBehalfOfCaseId");

CREATE INDEX "IX_Campaigns_SeriesId" ON "Campaigns" ("SeriesId");

CREATE INDEX "IX_ListedSignatories_CampaignId" ON "ListedSignatories" ("CampaignId");

CREATE INDEX "IX_ListedSignatories_GroupId_Position" ON "ListedSignatories" ("GroupId", "Position");

CREATE INDEX "IX_SignatoryGroups_CampaignId_Position" ON "SignatoryGroups" ("CampaignId", "Position");

CREATE UNIQUE INDEX "IX_ActionSeries_OrganisationId_Reference" ON "ActionSeries" ("OrganisationId", "Reference");

CREATE INDEX "IX_Deliveries_CampaignId_TargetId_Status" ON "Deliveries" ("CampaignId", "TargetId", "Status");

CREATE UNIQUE INDEX "IX_Deliveries_DeliveryKey" ON "Deliveries" ("DeliveryKey");

CREATE INDEX "IX_Deliveries_SignatureId" ON "Deliveries" ("SignatureId");

CREATE INDEX "IX_Deliveries_Status_DueAt" ON "Deliveries" ("Status", "DueAt");

CREATE INDEX "IX_Deliveries_TargetId_SentAt" ON "Deliveries" ("TargetId", "SentAt");

CREATE INDEX "IX_DeliveryItems_CampaignId_TargetId_DeliveryId" ON "DeliveryItems" ("CampaignId", "TargetId", "DeliveryId");

CREATE INDEX "IX_DeliveryItems_DeliveryId" ON "DeliveryItems" ("DeliveryId");

CREATE INDEX "IX_DeliveryItems_SignatureId" ON "DeliveryItems" ("SignatureId");

CREATE UNIQUE INDEX "IX_DeliveryItems_TargetId_SignatureId" ON "DeliveryItems" ("TargetId", "SignatureId");

CREATE INDEX "IX_CaseAdvocates_CaseId_Position" ON "CaseAdvocates" ("CaseId", "Position");

CREATE INDEX "IX_CaseUpdates_CaseId_Date" ON "CaseUpdates" ("CaseId", "Date");

CREATE INDEX "IX_Cases_Name" ON "Cases" ("Name");

CREATE INDEX "IX_Cases_NativeName" ON "Cases" ("NativeName");

CREATE UNIQUE INDEX "IX_Followers_CaseId_EmailNormalized" ON "Followers" ("CaseId", "EmailNormalized");

CREATE UNIQUE INDEX "IX_Milestones_CampaignId_Threshold" ON "Milestones" ("CampaignId", "Threshold");

CREATE UNIQUE INDEX "IX_Milestones_CaseId_Threshold" ON "Milestones" ("CaseId", "Threshold");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261121000002_LettersAndCases', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "CaseUpdates" ADD "DatePrecision" TEXT NOT NULL DEFAULT 'Day';

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261121000013_CaseUpdateDatePrecision', '10.0.15');

COMMIT;


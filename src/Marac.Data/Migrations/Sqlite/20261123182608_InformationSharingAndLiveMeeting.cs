using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marac.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InformationSharingAndLiveMeeting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "AnonymisedAt",
                table: "Referrals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LegalHoldReason",
                table: "Referrals",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LegalHoldSetAt",
                table: "Referrals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LegalHoldSetByUserId",
                table: "Referrals",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "GrantExpiryDays",
                table: "PartnershipSettings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "MinoritisedEthnicities",
                table: "PartnershipSettings",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "MinutesIssueWorkingDays",
                table: "PartnershipSettings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "PartnerSources",
                table: "PartnershipSettings",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "SuppressionThreshold",
                table: "PartnershipSettings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "ConcludedAt",
                table: "Meetings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ConfidentialityStatementId",
                table: "Meetings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CurrentAgendaItemId",
                table: "Meetings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "OpenedAt",
                table: "Meetings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DiscussionEndedAt",
                table: "AgendaItems",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DiscussionStartedAt",
                table: "AgendaItems",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InformationSummary",
                table: "AgendaItems",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RiskSummary",
                table: "AgendaItems",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LawfulBasisId",
                table: "Agencies",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SharingProfile",
                table: "Agencies",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "CaseExclusions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReferralId = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffUserId = table.Column<int>(type: "INTEGER", nullable: true),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedByUserId = table.Column<int>(type: "INTEGER", nullable: true),
                    RemovedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RemovedByUserId = table.Column<int>(type: "INTEGER", nullable: true),
                    RemovedReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseExclusions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseExclusions_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseExclusions_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CaseExclusions_StaffUsers_StaffUserId",
                        column: x => x.StaffUserId,
                        principalTable: "StaffUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConfidentialityStatements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByUserId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConfidentialityStatements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LawfulBases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Article6Basis = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Article9Condition = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Schedule1Condition = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LawfulBases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MeetingActions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReferralId = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerAgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LinkedRisk = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    StatusNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedByUserId = table.Column<int>(type: "INTEGER", nullable: true),
                    StatusUpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    StatusUpdatedByUserId = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingActions_Agencies_OwnerAgencyId",
                        column: x => x.OwnerAgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeetingActions_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeetingActions_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeetingApologies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    InformationSent = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedByUserId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingApologies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingApologies_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeetingApologies_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeetingMinutes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByUserId = table.Column<int>(type: "INTEGER", nullable: true),
                    IssueBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ApprovedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ApprovedByUserId = table.Column<int>(type: "INTEGER", nullable: true),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IssuedByUserId = table.Column<int>(type: "INTEGER", nullable: true),
                    CorrectionReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingMinutes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingMinutes_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeetingAttendances",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffUserId = table.Column<int>(type: "INTEGER", nullable: false),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: true),
                    IsObserver = table.Column<bool>(type: "INTEGER", nullable: false),
                    SignedStatementId = table.Column<int>(type: "INTEGER", nullable: true),
                    SignedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    JoinedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LeftAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingAttendances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingAttendances_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeetingAttendances_ConfidentialityStatements_SignedStatementId",
                        column: x => x.SignedStatementId,
                        principalTable: "ConfidentialityStatements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeetingAttendances_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingAttendances_StaffUsers_StaffUserId",
                        column: x => x.StaffUserId,
                        principalTable: "StaffUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AccessGrants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: true),
                    StaffUserId = table.Column<int>(type: "INTEGER", nullable: true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: true),
                    ReferralId = table.Column<int>(type: "INTEGER", nullable: true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LawfulBasisId = table.Column<int>(type: "INTEGER", nullable: false),
                    Categories = table.Column<int>(type: "INTEGER", nullable: false),
                    ValidFrom = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Origin = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    GrantedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    GrantedByUserId = table.Column<int>(type: "INTEGER", nullable: true),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevokedByUserId = table.Column<int>(type: "INTEGER", nullable: true),
                    RevokedReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessGrants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AccessGrants_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AccessGrants_LawfulBases_LawfulBasisId",
                        column: x => x.LawfulBasisId,
                        principalTable: "LawfulBases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AccessGrants_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AccessGrants_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AccessGrants_StaffUsers_StaffUserId",
                        column: x => x.StaffUserId,
                        principalTable: "StaffUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AccessGrantChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AccessGrantId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CategoriesBefore = table.Column<int>(type: "INTEGER", nullable: false),
                    CategoriesAfter = table.Column<int>(type: "INTEGER", nullable: false),
                    ValidToBefore = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ValidToAfter = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedByUserId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessGrantChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AccessGrantChanges_AccessGrants_AccessGrantId",
                        column: x => x.AccessGrantId,
                        principalTable: "AccessGrants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_ConfidentialityStatementId",
                table: "Meetings",
                column: "ConfidentialityStatementId");

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_LawfulBasisId",
                table: "Agencies",
                column: "LawfulBasisId");

            migrationBuilder.CreateIndex(
                name: "IX_AccessGrantChanges_AccessGrantId",
                table: "AccessGrantChanges",
                column: "AccessGrantId");

            migrationBuilder.CreateIndex(
                name: "IX_AccessGrants_AgencyId_ValidTo",
                table: "AccessGrants",
                columns: new[] { "AgencyId", "ValidTo" });

            migrationBuilder.CreateIndex(
                name: "IX_AccessGrants_LawfulBasisId",
                table: "AccessGrants",
                column: "LawfulBasisId");

            migrationBuilder.CreateIndex(
                name: "IX_AccessGrants_MeetingId",
                table: "AccessGrants",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_AccessGrants_ReferralId",
                table: "AccessGrants",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_AccessGrants_StaffUserId_ValidTo",
                table: "AccessGrants",
                columns: new[] { "StaffUserId", "ValidTo" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseExclusions_AgencyId",
                table: "CaseExclusions",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseExclusions_ReferralId",
                table: "CaseExclusions",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseExclusions_StaffUserId",
                table: "CaseExclusions",
                column: "StaffUserId");

            migrationBuilder.CreateIndex(
                name: "IX_ConfidentialityStatements_Number",
                table: "ConfidentialityStatements",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingActions_MeetingId_ReferralId",
                table: "MeetingActions",
                columns: new[] { "MeetingId", "ReferralId" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingActions_OwnerAgencyId_Status",
                table: "MeetingActions",
                columns: new[] { "OwnerAgencyId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingActions_ReferralId",
                table: "MeetingActions",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingApologies_AgencyId",
                table: "MeetingApologies",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingApologies_MeetingId_AgencyId",
                table: "MeetingApologies",
                columns: new[] { "MeetingId", "AgencyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAttendances_AgencyId",
                table: "MeetingAttendances",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAttendances_MeetingId_StaffUserId",
                table: "MeetingAttendances",
                columns: new[] { "MeetingId", "StaffUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAttendances_SignedStatementId",
                table: "MeetingAttendances",
                column: "SignedStatementId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAttendances_StaffUserId",
                table: "MeetingAttendances",
                column: "StaffUserId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingMinutes_MeetingId_Number",
                table: "MeetingMinutes",
                columns: new[] { "MeetingId", "Number" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Agencies_LawfulBases_LawfulBasisId",
                table: "Agencies",
                column: "LawfulBasisId",
                principalTable: "LawfulBases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Meetings_ConfidentialityStatements_ConfidentialityStatementId",
                table: "Meetings",
                column: "ConfidentialityStatementId",
                principalTable: "ConfidentialityStatements",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            // Existing agencies get the default sharing profile of their kind (bit n for data category n;
            // see Marac.Sharing SharingProfiles): Location and safety contacts only for IDVA services.
            migrationBuilder.Sql(
                "UPDATE Agencies SET SharingProfile = CASE SourceCategory " +
                "WHEN 1 THEN 254 WHEN 2 THEN 510 WHEN 3 THEN 166 WHEN 11 THEN 166 WHEN 12 THEN 166 " +
                "WHEN 4 THEN 174 WHEN 5 THEN 174 WHEN 6 THEN 174 WHEN 7 THEN 174 WHEN 8 THEN 174 " +
                "WHEN 9 THEN 182 ELSE 134 END");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Agencies_LawfulBases_LawfulBasisId",
                table: "Agencies");

            migrationBuilder.DropForeignKey(
                name: "FK_Meetings_ConfidentialityStatements_ConfidentialityStatementId",
                table: "Meetings");

            migrationBuilder.DropTable(
                name: "AccessGrantChanges");

            migrationBuilder.DropTable(
                name: "CaseExclusions");

            migrationBuilder.DropTable(
                name: "MeetingActions");

            migrationBuilder.DropTable(
                name: "MeetingApologies");

            migrationBuilder.DropTable(
                name: "MeetingAttendances");

            migrationBuilder.DropTable(
                name: "MeetingMinutes");

            migrationBuilder.DropTable(
                name: "AccessGrants");

            migrationBuilder.DropTable(
                name: "ConfidentialityStatements");

            migrationBuilder.DropTable(
                name: "LawfulBases");

            migrationBuilder.DropIndex(
                name: "IX_Meetings_ConfidentialityStatementId",
                table: "Meetings");

            migrationBuilder.DropIndex(
                name: "IX_Agencies_LawfulBasisId",
                table: "Agencies");

            migrationBuilder.DropColumn(
                name: "AnonymisedAt",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "LegalHoldReason",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "LegalHoldSetAt",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "LegalHoldSetByUserId",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "GrantExpiryDays",
                table: "PartnershipSettings");

            migrationBuilder.DropColumn(
                name: "MinoritisedEthnicities",
                table: "PartnershipSettings");

            migrationBuilder.DropColumn(
                name: "MinutesIssueWorkingDays",
                table: "PartnershipSettings");

            migrationBuilder.DropColumn(
                name: "PartnerSources",
                table: "PartnershipSettings");

            migrationBuilder.DropColumn(
                name: "SuppressionThreshold",
                table: "PartnershipSettings");

            migrationBuilder.DropColumn(
                name: "ConcludedAt",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "ConfidentialityStatementId",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "CurrentAgendaItemId",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "OpenedAt",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "DiscussionEndedAt",
                table: "AgendaItems");

            migrationBuilder.DropColumn(
                name: "DiscussionStartedAt",
                table: "AgendaItems");

            migrationBuilder.DropColumn(
                name: "InformationSummary",
                table: "AgendaItems");

            migrationBuilder.DropColumn(
                name: "RiskSummary",
                table: "AgendaItems");

            migrationBuilder.DropColumn(
                name: "LawfulBasisId",
                table: "Agencies");

            migrationBuilder.DropColumn(
                name: "SharingProfile",
                table: "Agencies");
        }
    }
}

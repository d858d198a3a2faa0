using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marac.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SharingPolicy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SubmittedSnapshot",
                table: "Referrals",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsProposed",
                table: "ReferralAgencies",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "RestrictedGrantMaxDays",
                table: "PartnershipSettings",
                type: "int",
                nullable: false,
                defaultValue: 90);

            // Bring existing data under the sharing policy (decision 0007). Agencies a referrer (not a coordinator) ticked
            // besides their own, on referrals not yet accepted, become proposed: they see nothing and are not invited
            // until a coordinator confirms them.
            migrationBuilder.Sql(@"UPDATE [ReferralAgencies] SET [IsProposed] = 1
WHERE EXISTS (SELECT 1 FROM [Referrals] r JOIN [StaffUsers] u ON u.[Id] = r.[CreatedByUserId]
  WHERE r.[Id] = [ReferralAgencies].[ReferralId] AND r.[Status] IN (1, 3) AND (u.[Roles] & 1) = 0
    AND (u.[AgencyId] IS NULL OR u.[AgencyId] <> [ReferralAgencies].[AgencyId]))");

            // A one-case grant of Location and safety contacts (bit 8) lasts at most 90 days from its start.
            migrationBuilder.Sql(@"UPDATE [AccessGrants] SET [ValidTo] = DATEADD(day, 90, [ValidFrom])
WHERE ([Categories] & 256) <> 0 AND [ReferralId] IS NOT NULL AND [ValidTo] > DATEADD(day, 90, [ValidFrom])");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SubmittedSnapshot",
                table: "Referrals");

            migrationBuilder.DropColumn(
                name: "IsProposed",
                table: "ReferralAgencies");

            migrationBuilder.DropColumn(
                name: "RestrictedGrantMaxDays",
                table: "PartnershipSettings");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marac.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RepeatLinksAndMerges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "MergedFromReferralId",
                table: "ReferralAgencies",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PerpetratorLinks",
                table: "MatchDecisions",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MergedFromReferralId",
                table: "ReferralAgencies");

            migrationBuilder.DropColumn(
                name: "PerpetratorLinks",
                table: "MatchDecisions");
        }
    }
}

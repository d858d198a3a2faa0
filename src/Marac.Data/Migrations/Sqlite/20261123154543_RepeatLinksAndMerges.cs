using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marac.Data.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PerpetratorLinks",
                table: "MatchDecisions",
                type: "TEXT",
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

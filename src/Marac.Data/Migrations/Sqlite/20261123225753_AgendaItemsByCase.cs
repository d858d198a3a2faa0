using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marac.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AgendaItemsByCase : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_ReferralId_Status_MeetingId",
                table: "AgendaItems",
                columns: new[] { "ReferralId", "Status", "MeetingId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AgendaItems_ReferralId_Status_MeetingId",
                table: "AgendaItems");
        }
    }
}

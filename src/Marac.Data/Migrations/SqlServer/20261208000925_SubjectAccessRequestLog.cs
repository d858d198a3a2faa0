using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marac.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SubjectAccessRequestLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SubjectAccessRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Reference = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ExtendedFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ExtensionReason = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    AnsweredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RecordedByUserId = table.Column<int>(type: "int", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubjectAccessRequests", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SubjectAccessRequests_DueOn",
                table: "SubjectAccessRequests",
                column: "DueOn");

            migrationBuilder.CreateIndex(
                name: "IX_SubjectAccessRequests_Reference",
                table: "SubjectAccessRequests",
                column: "Reference",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SubjectAccessRequests");
        }
    }
}

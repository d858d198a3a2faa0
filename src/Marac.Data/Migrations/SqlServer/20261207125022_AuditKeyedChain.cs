using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marac.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AuditKeyedChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "KeyId",
                table: "AuditEvents",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "KeyId",
                table: "AuditCheckpoints",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Signature",
                table: "AuditCheckpoints",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditChainHeads",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    Hash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditChainHeads", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "AuditChainHeads",
                columns: new[] { "Id", "Hash", "Sequence" },
                values: new object[] { 1, "GENESIS", 0L });

            // An existing trail: the head starts at its last event (the events are signed with the key at startup).
            migrationBuilder.Sql(@"UPDATE [AuditChainHeads] SET
    [Sequence] = COALESCE((SELECT MAX([Sequence]) FROM [AuditEvents]), (SELECT MAX([LastPurgedSequence]) FROM [AuditCheckpoints]), 0),
    [Hash] = COALESCE((SELECT TOP 1 [Hash] FROM [AuditEvents] ORDER BY [Sequence] DESC),
        (SELECT TOP 1 [LastPurgedHash] FROM [AuditCheckpoints] ORDER BY [LastPurgedSequence] DESC), 'GENESIS')
WHERE [Id] = 1;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditChainHeads");

            migrationBuilder.DropColumn(
                name: "KeyId",
                table: "AuditEvents");

            migrationBuilder.DropColumn(
                name: "KeyId",
                table: "AuditCheckpoints");

            migrationBuilder.DropColumn(
                name: "Signature",
                table: "AuditCheckpoints");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CastingAgency.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <summary>
    /// The audit trail (ADR-015): <c>audit_records</c>, its indexes, and its row of <c>row_counts</c> kept by triggers
    /// like the other counted tables (ADR-011), so that an unfiltered <c>GET /audit</c> reads its total from one row.
    /// Frozen here.
    /// </summary>
    public partial class AddAuditTrail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_records",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    By = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    Action = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Resource = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ResourceId = table.Column<int>(type: "int", nullable: false),
                    MovieId = table.Column<int>(type: "int", nullable: true),
                    Changes = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_records", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_records_At_Id",
                table: "audit_records",
                columns: new[] { "At", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_records_By_Id",
                table: "audit_records",
                columns: new[] { "By", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_records_MovieId_Id",
                table: "audit_records",
                columns: new[] { "MovieId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_records_Resource_ResourceId_Id",
                table: "audit_records",
                columns: new[] { "Resource", "ResourceId", "Id" });

            migrationBuilder.Sql("INSERT INTO [row_counts] ([name], [n]) VALUES (N'audit_records', 0);");

            // CREATE TRIGGER must be the first statement of its batch: EXEC makes it one.
            migrationBuilder.Sql("""
                EXEC(N'CREATE TRIGGER [audit_records_count_insert] ON [audit_records] AFTER INSERT AS
                BEGIN
                    SET NOCOUNT ON;
                    DECLARE @delta bigint = (SELECT COUNT_BIG(*) FROM inserted);
                    IF @delta <> 0 UPDATE [row_counts] SET [n] = [n] + @delta WHERE [name] = N''audit_records'';
                END;');
                """);
            migrationBuilder.Sql("""
                EXEC(N'CREATE TRIGGER [audit_records_count_delete] ON [audit_records] AFTER DELETE AS
                BEGIN
                    SET NOCOUNT ON;
                    DECLARE @delta bigint = (SELECT COUNT_BIG(*) FROM deleted);
                    IF @delta <> 0 UPDATE [row_counts] SET [n] = [n] - @delta WHERE [name] = N''audit_records'';
                END;');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER [audit_records_count_insert];");
            migrationBuilder.Sql("DROP TRIGGER [audit_records_count_delete];");
            migrationBuilder.Sql("DELETE FROM [row_counts] WHERE [name] = N'audit_records';");

            migrationBuilder.DropTable(
                name: "audit_records");
        }
    }
}

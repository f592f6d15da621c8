using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CastingAgency.Infrastructure.Persistence.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Resource = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ResourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    MovieId = table.Column<int>(type: "INTEGER", nullable: true),
                    Changes = table.Column<string>(type: "TEXT", nullable: false)
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

            migrationBuilder.Sql("INSERT INTO row_counts (name, n) VALUES ('audit_records', 0);");

            migrationBuilder.Sql("""
                CREATE TRIGGER audit_records_count_insert AFTER INSERT ON audit_records BEGIN
                    UPDATE row_counts SET n = n + 1 WHERE name = 'audit_records';
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_records_count_delete AFTER DELETE ON audit_records BEGIN
                    UPDATE row_counts SET n = n - 1 WHERE name = 'audit_records';
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER audit_records_count_insert;");
            migrationBuilder.Sql("DROP TRIGGER audit_records_count_delete;");
            migrationBuilder.Sql("DELETE FROM row_counts WHERE name = 'audit_records';");

            migrationBuilder.DropTable(
                name: "audit_records");
        }
    }
}

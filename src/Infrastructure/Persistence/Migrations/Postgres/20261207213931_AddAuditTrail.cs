using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CastingAgency.Infrastructure.Persistence.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    By = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Resource = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ResourceId = table.Column<int>(type: "integer", nullable: false),
                    MovieId = table.Column<int>(type: "integer", nullable: true),
                    Changes = table.Column<string>(type: "text", nullable: false)
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

            // The functions of CountRowsByTriggers count any table by its name.
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_records_count_insert AFTER INSERT ON audit_records
                    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION row_counts_count_rows();
                CREATE TRIGGER audit_records_count_delete AFTER DELETE ON audit_records
                    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION row_counts_count_rows();
                CREATE TRIGGER audit_records_count_truncate AFTER TRUNCATE ON audit_records
                    FOR EACH STATEMENT EXECUTE FUNCTION row_counts_truncate();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER audit_records_count_insert ON audit_records;
                DROP TRIGGER audit_records_count_delete ON audit_records;
                DROP TRIGGER audit_records_count_truncate ON audit_records;
                DELETE FROM row_counts WHERE name = 'audit_records';
                """);

            migrationBuilder.DropTable(
                name: "audit_records");
        }
    }
}

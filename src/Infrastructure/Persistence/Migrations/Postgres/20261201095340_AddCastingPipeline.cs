using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CastingAgency.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddCastingPipeline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "shortlist_entries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<int>(type: "integer", nullable: false),
                    ActorId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shortlist_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_shortlist_entries_actors_ActorId",
                        column: x => x.ActorId,
                        principalTable: "actors",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_shortlist_entries_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "appointments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ShortlistEntryId = table.Column<int>(type: "integer", nullable: false),
                    RoleId = table.Column<int>(type: "integer", nullable: false),
                    ActorId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StartsAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appointments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_appointments_shortlist_entries_ShortlistEntryId",
                        column: x => x.ShortlistEntryId,
                        principalTable: "shortlist_entries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "shortlist_history",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ShortlistEntryId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    By = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shortlist_history", x => x.Id);
                    table.ForeignKey(
                        name: "FK_shortlist_history_shortlist_entries_ShortlistEntryId",
                        column: x => x.ShortlistEntryId,
                        principalTable: "shortlist_entries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_appointments_ActorId_StartsAt",
                table: "appointments",
                columns: new[] { "ActorId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_appointments_RoleId_StartsAt",
                table: "appointments",
                columns: new[] { "RoleId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_appointments_ShortlistEntryId_StartsAt",
                table: "appointments",
                columns: new[] { "ShortlistEntryId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_appointments_StartsAt_Id",
                table: "appointments",
                columns: new[] { "StartsAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_shortlist_entries_ActorId",
                table: "shortlist_entries",
                column: "ActorId");

            migrationBuilder.CreateIndex(
                name: "IX_shortlist_entries_RoleId_ActorId",
                table: "shortlist_entries",
                columns: new[] { "RoleId", "ActorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_shortlist_entries_RoleId_Status_Id",
                table: "shortlist_entries",
                columns: new[] { "RoleId", "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_shortlist_history_ShortlistEntryId_Id",
                table: "shortlist_history",
                columns: new[] { "ShortlistEntryId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "appointments");

            migrationBuilder.DropTable(
                name: "shortlist_history");

            migrationBuilder.DropTable(
                name: "shortlist_entries");
        }
    }
}

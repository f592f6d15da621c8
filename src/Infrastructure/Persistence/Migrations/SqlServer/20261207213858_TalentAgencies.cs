using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CastingAgency.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class TalentAgencies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "PublishedAt",
                table: "roles",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SubmissionsCloseAt",
                table: "roles",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AgencyId",
                table: "actors",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "submissions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RoleId = table.Column<int>(type: "int", nullable: false),
                    ActorId = table.Column<int>(type: "int", nullable: false),
                    AgencyId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_submissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_submissions_actors_ActorId",
                        column: x => x.ActorId,
                        principalTable: "actors",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_submissions_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_roles_PublishedAt_Id",
                table: "roles",
                columns: new[] { "PublishedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_actors_AgencyId_Id",
                table: "actors",
                columns: new[] { "AgencyId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_submissions_ActorId",
                table: "submissions",
                column: "ActorId");

            migrationBuilder.CreateIndex(
                name: "IX_submissions_AgencyId_Id",
                table: "submissions",
                columns: new[] { "AgencyId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_submissions_RoleId_ActorId",
                table: "submissions",
                columns: new[] { "RoleId", "ActorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_submissions_RoleId_Status_Id",
                table: "submissions",
                columns: new[] { "RoleId", "Status", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "submissions");

            migrationBuilder.DropIndex(
                name: "IX_roles_PublishedAt_Id",
                table: "roles");

            migrationBuilder.DropIndex(
                name: "IX_actors_AgencyId_Id",
                table: "actors");

            migrationBuilder.DropColumn(
                name: "PublishedAt",
                table: "roles");

            migrationBuilder.DropColumn(
                name: "SubmissionsCloseAt",
                table: "roles");

            migrationBuilder.DropColumn(
                name: "AgencyId",
                table: "actors");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CastingAgency.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddActorSearchPageIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_actors_Gender_LocationNormalized_Id",
                table: "actors",
                columns: new[] { "Gender", "LocationNormalized", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_actors_Gender_LocationNormalized_Id",
                table: "actors");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CastingAgency.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FilteredSearchPageIndexHoldsAge : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_actors_Gender_LocationNormalized_Id",
                table: "actors");

            migrationBuilder.CreateIndex(
                name: "IX_actors_Gender_LocationNormalized_Id_Age",
                table: "actors",
                columns: new[] { "Gender", "LocationNormalized", "Id", "Age" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_actors_Gender_LocationNormalized_Id_Age",
                table: "actors");

            migrationBuilder.CreateIndex(
                name: "IX_actors_Gender_LocationNormalized_Id",
                table: "actors",
                columns: new[] { "Gender", "LocationNormalized", "Id" });
        }
    }
}

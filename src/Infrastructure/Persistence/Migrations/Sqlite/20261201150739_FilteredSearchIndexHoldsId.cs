using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CastingAgency.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FilteredSearchIndexHoldsId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_actors_Gender_LocationNormalized_Age",
                table: "actors");

            migrationBuilder.CreateIndex(
                name: "IX_actors_Gender_LocationNormalized_Age_Id",
                table: "actors",
                columns: new[] { "Gender", "LocationNormalized", "Age", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_actors_Gender_LocationNormalized_Age_Id",
                table: "actors");

            migrationBuilder.CreateIndex(
                name: "IX_actors_Gender_LocationNormalized_Age",
                table: "actors",
                columns: new[] { "Gender", "LocationNormalized", "Age" });
        }
    }
}

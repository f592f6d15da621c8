using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CastingAgency.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddIdToCandidateIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_actors_Age",
                table: "actors");

            migrationBuilder.DropIndex(
                name: "IX_actors_Gender_Age",
                table: "actors");

            migrationBuilder.CreateIndex(
                name: "IX_actors_Age_Id",
                table: "actors",
                columns: new[] { "Age", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_actors_Gender_Age_Id",
                table: "actors",
                columns: new[] { "Gender", "Age", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_actors_Age_Id",
                table: "actors");

            migrationBuilder.DropIndex(
                name: "IX_actors_Gender_Age_Id",
                table: "actors");

            migrationBuilder.CreateIndex(
                name: "IX_actors_Age",
                table: "actors",
                column: "Age");

            migrationBuilder.CreateIndex(
                name: "IX_actors_Gender_Age",
                table: "actors",
                columns: new[] { "Gender", "Age" });
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CastingAgency.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CandidatesPageIndexByGenderThenId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_actors_Gender_Id_Age",
                table: "actors",
                columns: new[] { "Gender", "Id", "Age" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_actors_Gender_Id_Age",
                table: "actors");
        }
    }
}

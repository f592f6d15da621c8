using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CastingAgency.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddRowCountsAndSortIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_roles_NameNormalized",
                table: "roles");

            migrationBuilder.DropIndex(
                name: "IX_movies_CompanyNormalized",
                table: "movies");

            migrationBuilder.DropIndex(
                name: "IX_movies_ReleaseDate",
                table: "movies");

            migrationBuilder.DropIndex(
                name: "IX_actors_Height",
                table: "actors");

            migrationBuilder.DropIndex(
                name: "IX_actors_NameNormalized",
                table: "actors");

            migrationBuilder.CreateTable(
                name: "row_counts",
                columns: table => new
                {
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    n = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_row_counts", x => x.name);
                });

            migrationBuilder.CreateIndex(
                name: "IX_roles_MaxAge_Id",
                table: "roles",
                columns: new[] { "MaxAge", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_roles_MinAge_Id",
                table: "roles",
                columns: new[] { "MinAge", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_roles_NameNormalized_Id",
                table: "roles",
                columns: new[] { "NameNormalized", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_movies_CompanyNormalized_Id",
                table: "movies",
                columns: new[] { "CompanyNormalized", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_movies_ReleaseDate_Id",
                table: "movies",
                columns: new[] { "ReleaseDate", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_movies_TitleNormalized_Id",
                table: "movies",
                columns: new[] { "TitleNormalized", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_actors_Height_Id",
                table: "actors",
                columns: new[] { "Height", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_actors_NameNormalized_Id",
                table: "actors",
                columns: new[] { "NameNormalized", "Id" });

            // The counts start from the rows already stored; from here on every SaveChanges keeps them (ADR-011).
            migrationBuilder.Sql("INSERT INTO row_counts (name, n) SELECT 'movies', COUNT(*) FROM movies;");
            migrationBuilder.Sql("INSERT INTO row_counts (name, n) SELECT 'actors', COUNT(*) FROM actors;");
            migrationBuilder.Sql("INSERT INTO row_counts (name, n) SELECT 'roles', COUNT(*) FROM roles;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "row_counts");

            migrationBuilder.DropIndex(
                name: "IX_roles_MaxAge_Id",
                table: "roles");

            migrationBuilder.DropIndex(
                name: "IX_roles_MinAge_Id",
                table: "roles");

            migrationBuilder.DropIndex(
                name: "IX_roles_NameNormalized_Id",
                table: "roles");

            migrationBuilder.DropIndex(
                name: "IX_movies_CompanyNormalized_Id",
                table: "movies");

            migrationBuilder.DropIndex(
                name: "IX_movies_ReleaseDate_Id",
                table: "movies");

            migrationBuilder.DropIndex(
                name: "IX_movies_TitleNormalized_Id",
                table: "movies");

            migrationBuilder.DropIndex(
                name: "IX_actors_Height_Id",
                table: "actors");

            migrationBuilder.DropIndex(
                name: "IX_actors_NameNormalized_Id",
                table: "actors");

            migrationBuilder.CreateIndex(
                name: "IX_roles_NameNormalized",
                table: "roles",
                column: "NameNormalized");

            migrationBuilder.CreateIndex(
                name: "IX_movies_CompanyNormalized",
                table: "movies",
                column: "CompanyNormalized");

            migrationBuilder.CreateIndex(
                name: "IX_movies_ReleaseDate",
                table: "movies",
                column: "ReleaseDate");

            migrationBuilder.CreateIndex(
                name: "IX_actors_Height",
                table: "actors",
                column: "Height");

            migrationBuilder.CreateIndex(
                name: "IX_actors_NameNormalized",
                table: "actors",
                column: "NameNormalized");
        }
    }
}

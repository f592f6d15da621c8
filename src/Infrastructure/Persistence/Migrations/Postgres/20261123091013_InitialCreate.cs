using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CastingAgency.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "actors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameNormalized = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Age = table.Column<int>(type: "integer", nullable: false),
                    Gender = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LocationNormalized = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Passport = table.Column<bool>(type: "boolean", nullable: false),
                    DriverLicense = table.Column<bool>(type: "boolean", nullable: false),
                    Ethnicity = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    HairColor = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    EyeColor = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    BodyType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Height = table.Column<int>(type: "integer", nullable: true),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ImageLink = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    Phone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    EmailNormalized = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_actors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "movies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TitleNormalized = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReleaseDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Company = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CompanyNormalized = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_movies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "roles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MovieId = table.Column<int>(type: "integer", nullable: false),
                    ActorId = table.Column<int>(type: "integer", nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameNormalized = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Gender = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    MinAge = table.Column<int>(type: "integer", nullable: false),
                    MaxAge = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_roles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_roles_actors_ActorId",
                        column: x => x.ActorId,
                        principalTable: "actors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_roles_movies_MovieId",
                        column: x => x.MovieId,
                        principalTable: "movies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_actors_Age",
                table: "actors",
                column: "Age");

            migrationBuilder.CreateIndex(
                name: "IX_actors_BodyType",
                table: "actors",
                column: "BodyType");

            migrationBuilder.CreateIndex(
                name: "IX_actors_EmailNormalized",
                table: "actors",
                column: "EmailNormalized",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_actors_Ethnicity",
                table: "actors",
                column: "Ethnicity");

            migrationBuilder.CreateIndex(
                name: "IX_actors_EyeColor",
                table: "actors",
                column: "EyeColor");

            migrationBuilder.CreateIndex(
                name: "IX_actors_Gender_Age",
                table: "actors",
                columns: new[] { "Gender", "Age" });

            migrationBuilder.CreateIndex(
                name: "IX_actors_HairColor",
                table: "actors",
                column: "HairColor");

            migrationBuilder.CreateIndex(
                name: "IX_actors_Height",
                table: "actors",
                column: "Height");

            migrationBuilder.CreateIndex(
                name: "IX_actors_LocationNormalized",
                table: "actors",
                column: "LocationNormalized");

            migrationBuilder.CreateIndex(
                name: "IX_actors_NameNormalized",
                table: "actors",
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
                name: "IX_movies_TitleNormalized_ReleaseDate",
                table: "movies",
                columns: new[] { "TitleNormalized", "ReleaseDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_roles_ActorId",
                table: "roles",
                column: "ActorId");

            migrationBuilder.CreateIndex(
                name: "IX_roles_Gender_MinAge_MaxAge",
                table: "roles",
                columns: new[] { "Gender", "MinAge", "MaxAge" });

            migrationBuilder.CreateIndex(
                name: "IX_roles_MovieId",
                table: "roles",
                column: "MovieId");

            migrationBuilder.CreateIndex(
                name: "IX_roles_NameNormalized",
                table: "roles",
                column: "NameNormalized");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "roles");

            migrationBuilder.DropTable(
                name: "actors");

            migrationBuilder.DropTable(
                name: "movies");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CastingAgency.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SeedActorGroupCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The maintained counts of actors per gender and age (ADR-011), one row per pair of the wire genders and
            // the ages 0-120, seeded with the rows the table already has. Frozen here: later changes of Limits or of
            // the genders come with a migration of their own.
            foreach (var gender in new[] { "female", "male", "non-binary" })
            {
                for (var age = 0; age <= 120; age++)
                {
                    migrationBuilder.Sql(
                        $"INSERT INTO row_counts (name, n) SELECT 'actors:{gender}:{age}', COUNT(*) FROM actors WHERE [Gender] = '{gender}' AND [Age] = {age};");
                }
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM row_counts WHERE name LIKE 'actors:%';");
        }
    }
}

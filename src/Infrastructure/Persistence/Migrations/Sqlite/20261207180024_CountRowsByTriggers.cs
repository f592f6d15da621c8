using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CastingAgency.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <summary>
    /// The database keeps <c>row_counts</c> (ADR-011): row-level AFTER triggers on movies, roles and actors add each
    /// inserted or deleted row (an ON DELETE CASCADE included: SQLite fires the triggers of the rows it deletes) and
    /// move an actor between gender-and-age groups, whoever wrote it. SQLite has one writer at a time, so no lock
    /// order is needed. One equality UPDATE per counter row: one UPDATE with an IN list of both rows made bulk
    /// inserts of actors far slower. Then every row is recounted, so an upgraded database starts
    /// exact. Frozen here.
    /// </summary>
    public partial class CountRowsByTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var table in new[] { "movies", "roles" })
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER {table}_count_insert AFTER INSERT ON {table} BEGIN
                        UPDATE row_counts SET n = n + 1 WHERE name = '{table}';
                    END;
                    """);
                migrationBuilder.Sql($"""
                    CREATE TRIGGER {table}_count_delete AFTER DELETE ON {table} BEGIN
                        UPDATE row_counts SET n = n - 1 WHERE name = '{table}';
                    END;
                    """);
            }

            migrationBuilder.Sql("""
                CREATE TRIGGER actors_count_insert AFTER INSERT ON actors BEGIN
                    UPDATE row_counts SET n = n + 1 WHERE name = 'actors';
                    UPDATE row_counts SET n = n + 1 WHERE name = 'actors:' || NEW."Gender" || ':' || NEW."Age";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER actors_count_delete AFTER DELETE ON actors BEGIN
                    UPDATE row_counts SET n = n - 1 WHERE name = 'actors';
                    UPDATE row_counts SET n = n - 1 WHERE name = 'actors:' || OLD."Gender" || ':' || OLD."Age";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER actors_count_update AFTER UPDATE OF "Gender", "Age" ON actors
                WHEN OLD."Gender" IS NOT NEW."Gender" OR OLD."Age" IS NOT NEW."Age" BEGIN
                    UPDATE row_counts SET n = n - 1 WHERE name = 'actors:' || OLD."Gender" || ':' || OLD."Age";
                    UPDATE row_counts SET n = n + 1 WHERE name = 'actors:' || NEW."Gender" || ':' || NEW."Age";
                END;
                """);

            migrationBuilder.Sql("""UPDATE row_counts SET n = (SELECT COUNT(*) FROM movies) WHERE name = 'movies';""");
            migrationBuilder.Sql("""UPDATE row_counts SET n = (SELECT COUNT(*) FROM roles) WHERE name = 'roles';""");
            migrationBuilder.Sql("""UPDATE row_counts SET n = (SELECT COUNT(*) FROM actors) WHERE name = 'actors';""");
            migrationBuilder.Sql("""UPDATE row_counts SET n = 0 WHERE name LIKE 'actors:%';""");
            migrationBuilder.Sql("""
                UPDATE row_counts SET n = g.n
                    FROM (SELECT 'actors:' || "Gender" || ':' || "Age" AS name, COUNT(*) AS n FROM actors GROUP BY "Gender", "Age") AS g
                    WHERE row_counts.name = g.name;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in new[]
                     {
                         "movies_count_insert", "movies_count_delete", "roles_count_insert", "roles_count_delete",
                         "actors_count_insert", "actors_count_delete", "actors_count_update",
                     })
            {
                migrationBuilder.Sql($"DROP TRIGGER {trigger};");
            }
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CastingAgency.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <summary>
    /// ADR-011: a count is the sum of its slots (<c>row_counts (name, slot)</c>). SQLite has one writer at a time, so
    /// every count keeps slot 0 only and its triggers add to it as before. New counts: <c>movies:confidential</c> (insert,
    /// delete, a change of <c>Confidential</c>) and <c>roles:confidential</c>, the roles of confidential movies (a role
    /// added, deleted or moved; a movie made confidential or open takes its roles along; a confidential movie's delete
    /// subtracts its roles BEFORE the row goes, and the cascade that deletes them runs after, when their triggers find
    /// no movie and subtract nothing). The table is rebuilt for its new key, so every count trigger is dropped before
    /// and created after. Then both new counts are counted. Frozen here.
    /// </summary>
    public partial class StripeCountsAndCountConfidential : Migration
    {
        private static readonly string[] Triggers =
        [
            "movies_count_insert", "movies_count_delete", "roles_count_insert", "roles_count_delete",
            "actors_count_insert", "actors_count_delete", "actors_count_update",
            "audit_records_count_insert", "audit_records_count_delete",
        ];

        private static readonly string[] NewTriggers = ["movies_count_update", "movies_count_delete_roles", "roles_count_update"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in Triggers)
            {
                migrationBuilder.Sql($"DROP TRIGGER {trigger};");
            }

            // The new key, by hand: EF Core would rebuild the table after the triggers below exist.
            migrationBuilder.Sql("""
                CREATE TABLE "ef_temp_row_counts" (
                    "name" TEXT NOT NULL,
                    "slot" INTEGER NOT NULL DEFAULT 0,
                    "n" INTEGER NOT NULL,
                    CONSTRAINT "PK_row_counts" PRIMARY KEY ("name", "slot"));
                """);
            migrationBuilder.Sql("""INSERT INTO "ef_temp_row_counts" ("name", "slot", "n") SELECT "name", 0, "n" FROM "row_counts";""");
            migrationBuilder.Sql("""DROP TABLE "row_counts";""");
            migrationBuilder.Sql("""ALTER TABLE "ef_temp_row_counts" RENAME TO "row_counts";""");

            migrationBuilder.Sql("""
                CREATE TRIGGER movies_count_insert AFTER INSERT ON movies BEGIN
                    UPDATE row_counts SET n = n + 1 WHERE name = 'movies';
                    UPDATE row_counts SET n = n + 1 WHERE name = 'movies:confidential' AND NEW."Confidential";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER movies_count_delete AFTER DELETE ON movies BEGIN
                    UPDATE row_counts SET n = n - 1 WHERE name = 'movies';
                    UPDATE row_counts SET n = n - 1 WHERE name = 'movies:confidential' AND OLD."Confidential";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER movies_count_delete_roles BEFORE DELETE ON movies WHEN OLD."Confidential" BEGIN
                    UPDATE row_counts SET n = n - (SELECT COUNT(*) FROM roles WHERE "MovieId" = OLD."Id") WHERE name = 'roles:confidential';
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER movies_count_update AFTER UPDATE OF "Confidential" ON movies
                WHEN OLD."Confidential" IS NOT NEW."Confidential" BEGIN
                    UPDATE row_counts SET n = n + (CASE WHEN NEW."Confidential" THEN 1 ELSE -1 END) WHERE name = 'movies:confidential';
                    UPDATE row_counts SET n = n + (CASE WHEN NEW."Confidential" THEN 1 ELSE -1 END) * (SELECT COUNT(*) FROM roles WHERE "MovieId" = NEW."Id")
                        WHERE name = 'roles:confidential';
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER roles_count_insert AFTER INSERT ON roles BEGIN
                    UPDATE row_counts SET n = n + 1 WHERE name = 'roles';
                    UPDATE row_counts SET n = n + 1 WHERE name = 'roles:confidential'
                        AND EXISTS (SELECT 1 FROM movies WHERE "Id" = NEW."MovieId" AND "Confidential");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER roles_count_delete AFTER DELETE ON roles BEGIN
                    UPDATE row_counts SET n = n - 1 WHERE name = 'roles';
                    UPDATE row_counts SET n = n - 1 WHERE name = 'roles:confidential'
                        AND EXISTS (SELECT 1 FROM movies WHERE "Id" = OLD."MovieId" AND "Confidential");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER roles_count_update AFTER UPDATE OF "MovieId" ON roles
                WHEN OLD."MovieId" IS NOT NEW."MovieId" BEGIN
                    UPDATE row_counts SET n = n - 1 WHERE name = 'roles:confidential'
                        AND EXISTS (SELECT 1 FROM movies WHERE "Id" = OLD."MovieId" AND "Confidential");
                    UPDATE row_counts SET n = n + 1 WHERE name = 'roles:confidential'
                        AND EXISTS (SELECT 1 FROM movies WHERE "Id" = NEW."MovieId" AND "Confidential");
                END;
                """);
            CreateUnchangedTriggers(migrationBuilder);

            migrationBuilder.Sql("""INSERT INTO row_counts (name, slot, n) SELECT 'movies:confidential', 0, COUNT(*) FROM movies WHERE "Confidential";""");
            migrationBuilder.Sql("""
                INSERT INTO row_counts (name, slot, n)
                    SELECT 'roles:confidential', 0, COUNT(*) FROM roles r JOIN movies m ON m."Id" = r."MovieId" WHERE m."Confidential";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in Triggers.Concat(NewTriggers))
            {
                migrationBuilder.Sql($"DROP TRIGGER {trigger};");
            }

            migrationBuilder.Sql("DELETE FROM row_counts WHERE name IN ('movies:confidential', 'roles:confidential');");

            migrationBuilder.Sql("""
                CREATE TABLE "ef_temp_row_counts" (
                    "name" TEXT NOT NULL CONSTRAINT "PK_row_counts" PRIMARY KEY,
                    "n" INTEGER NOT NULL);
                """);
            migrationBuilder.Sql("""INSERT INTO "ef_temp_row_counts" ("name", "n") SELECT "name", SUM("n") FROM "row_counts" GROUP BY "name";""");
            migrationBuilder.Sql("""DROP TABLE "row_counts";""");
            migrationBuilder.Sql("""ALTER TABLE "ef_temp_row_counts" RENAME TO "row_counts";""");

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

            CreateUnchangedTriggers(migrationBuilder);
        }

        /// <summary>The triggers of actors and audit records, as migrations CountRowsByTriggers and AddAuditTrail made them.</summary>
        private static void CreateUnchangedTriggers(MigrationBuilder migrationBuilder)
        {
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
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_records_count_insert AFTER INSERT ON audit_records BEGIN
                    UPDATE row_counts SET n = n + 1 WHERE name = 'audit_records';
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER audit_records_count_delete AFTER DELETE ON audit_records BEGIN
                    UPDATE row_counts SET n = n - 1 WHERE name = 'audit_records';
                END;
                """);
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CastingAgency.Infrastructure.Persistence.Migrations.Postgres
{
    /// <summary>
    /// The database keeps <c>row_counts</c> (ADR-011): statement-level triggers with transition tables on movies, roles
    /// and actors add what each statement inserted, deleted or moved between an actor's gender-and-age groups, whoever
    /// wrote it (EF, raw SQL, COPY, an ON DELETE CASCADE); a TRUNCATE zeroes the table's rows. Then every row is
    /// recounted, so an upgraded database starts exact. Frozen here: a later change comes with a migration of its own.
    /// </summary>
    public partial class CountRowsByTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // One UPDATE per counter row, in name order: writers lock the rows they share in the same order, so they
            // never deadlock on them, and each UPDATE adds to the committed value after waiting for the row's lock
            // (READ COMMITTED), so no increment is lost. A bulk statement does one UPDATE per group, not per row.
            migrationBuilder.Sql("""
                CREATE FUNCTION row_counts_add(names text[], deltas bigint[]) RETURNS void LANGUAGE plpgsql AS $$
                DECLARE d record;
                BEGIN
                    FOR d IN SELECT u.name, u.delta FROM unnest(names, deltas) AS u(name, delta)
                             WHERE u.delta <> 0 ORDER BY u.name COLLATE "C" LOOP
                        UPDATE row_counts SET n = n + d.delta WHERE row_counts.name = d.name;
                    END LOOP;
                END $$;
                """);

            // Movies and roles: one row each, named by the table.
            migrationBuilder.Sql("""
                CREATE FUNCTION row_counts_count_rows() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'INSERT' THEN
                        PERFORM row_counts_add(ARRAY[TG_TABLE_NAME::text], ARRAY[(SELECT COUNT(*) FROM new_rows)]);
                    ELSE
                        PERFORM row_counts_add(ARRAY[TG_TABLE_NAME::text], ARRAY[-(SELECT COUNT(*) FROM old_rows)]);
                    END IF;
                    RETURN NULL;
                END $$;
                """);

            // Actors: the table's row and the row of each gender and age (actors:non-binary:34).
            migrationBuilder.Sql("""
                CREATE FUNCTION row_counts_count_actors() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'INSERT' THEN
                        PERFORM row_counts_add(array_agg(c.name), array_agg(c.delta)) FROM (
                            SELECT 'actors' AS name, COUNT(*) AS delta FROM new_rows
                            UNION ALL
                            SELECT 'actors:' || "Gender" || ':' || "Age", COUNT(*) FROM new_rows GROUP BY "Gender", "Age") AS c;
                    ELSIF TG_OP = 'DELETE' THEN
                        PERFORM row_counts_add(array_agg(c.name), array_agg(c.delta)) FROM (
                            SELECT 'actors' AS name, -COUNT(*) AS delta FROM old_rows
                            UNION ALL
                            SELECT 'actors:' || "Gender" || ':' || "Age", -COUNT(*) FROM old_rows GROUP BY "Gender", "Age") AS c;
                    ELSE
                        PERFORM row_counts_add(array_agg(c.name), array_agg(c.delta)) FROM (
                            SELECT 'actors:' || "Gender" || ':' || "Age" AS name, SUM(m.delta) AS delta FROM (
                                SELECT "Gender", "Age", 1 AS delta FROM new_rows
                                UNION ALL
                                SELECT "Gender", "Age", -1 FROM old_rows) AS m
                            GROUP BY "Gender", "Age") AS c;
                    END IF;
                    RETURN NULL;
                END $$;
                """);

            migrationBuilder.Sql("""
                CREATE FUNCTION row_counts_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE row_counts SET n = 0 WHERE name = TG_TABLE_NAME OR name LIKE TG_TABLE_NAME || ':%';
                    RETURN NULL;
                END $$;
                """);

            foreach (var (table, function) in new[] { ("movies", "row_counts_count_rows"), ("roles", "row_counts_count_rows"), ("actors", "row_counts_count_actors") })
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER {table}_count_insert AFTER INSERT ON {table}
                        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION {function}();
                    CREATE TRIGGER {table}_count_delete AFTER DELETE ON {table}
                        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION {function}();
                    CREATE TRIGGER {table}_count_truncate AFTER TRUNCATE ON {table}
                        FOR EACH STATEMENT EXECUTE FUNCTION row_counts_truncate();
                    """);
            }

            migrationBuilder.Sql("""
                CREATE TRIGGER actors_count_update AFTER UPDATE ON actors
                    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION row_counts_count_actors();
                """);

            // The triggers hold their tables' locks to the end of this migration, so the recount is exact.
            migrationBuilder.Sql("""
                UPDATE row_counts SET n = (SELECT COUNT(*) FROM movies) WHERE name = 'movies';
                UPDATE row_counts SET n = (SELECT COUNT(*) FROM roles) WHERE name = 'roles';
                UPDATE row_counts SET n = (SELECT COUNT(*) FROM actors) WHERE name = 'actors';
                UPDATE row_counts SET n = 0 WHERE name LIKE 'actors:%';
                UPDATE row_counts SET n = g.n
                    FROM (SELECT 'actors:' || "Gender" || ':' || "Age" AS name, COUNT(*) AS n FROM actors GROUP BY "Gender", "Age") AS g
                    WHERE row_counts.name = g.name;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in new[] { "movies", "roles", "actors" })
            {
                migrationBuilder.Sql($"""
                    DROP TRIGGER {table}_count_insert ON {table};
                    DROP TRIGGER {table}_count_delete ON {table};
                    DROP TRIGGER {table}_count_truncate ON {table};
                    """);
            }

            migrationBuilder.Sql("""
                DROP TRIGGER actors_count_update ON actors;
                DROP FUNCTION row_counts_truncate();
                DROP FUNCTION row_counts_count_actors();
                DROP FUNCTION row_counts_count_rows();
                DROP FUNCTION row_counts_add(text[], bigint[]);
                """);
        }
    }
}

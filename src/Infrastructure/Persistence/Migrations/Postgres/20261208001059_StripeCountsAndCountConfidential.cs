using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CastingAgency.Infrastructure.Persistence.Migrations.Postgres
{
    /// <summary>
    /// ADR-011: a count is the sum of its slots (<c>row_counts (name, slot)</c>). A table's total and the two new
    /// confidential counts get 16 slots, and a writer adds to slot <c>pg_backend_pid() % 16</c> (slot 0 when the count has
    /// no such slot: the actors' groups), so that concurrent writers no longer queue on one row to their commit.
    /// New counts: <c>movies:confidential</c> (insert, delete, a change of <c>Confidential</c>) and
    /// <c>roles:confidential</c>, the roles of confidential movies (a role added, deleted or moved; a movie made
    /// confidential or open takes its roles along; a confidential movie's delete subtracts its roles BEFORE the cascade,
    /// whose role triggers then find no movie and subtract nothing). A role's trigger locks its movies FOR SHARE before it
    /// reads them, so a concurrent change of their confidentiality waits for it, or it for that change. Then both are counted, under
    /// the locks the triggers' creation holds to the end of the migration. Frozen here.
    /// </summary>
    public partial class StripeCountsAndCountConfidential : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_row_counts",
                table: "row_counts");

            migrationBuilder.AddColumn<short>(
                name: "slot",
                table: "row_counts",
                type: "smallint",
                nullable: false,
                defaultValue: (short)0);

            migrationBuilder.AddPrimaryKey(
                name: "PK_row_counts",
                table: "row_counts",
                columns: new[] { "name", "slot" });

            migrationBuilder.Sql("""
                INSERT INTO row_counts (name, slot, n)
                    SELECT t.name, s.slot, 0 FROM (VALUES ('movies'), ('actors'), ('roles'), ('audit_records')) AS t(name),
                        generate_series(1, 15) AS s(slot);
                INSERT INTO row_counts (name, slot, n)
                    SELECT t.name, s.slot, 0 FROM (VALUES ('movies:confidential'), ('roles:confidential')) AS t(name),
                        generate_series(0, 15) AS s(slot);
                """);

            // One UPDATE per count, in name order (writers lock the rows they share in the same order), to the writer's
            // slot; a count without slots (the actors' groups) has slot 0 only.
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION row_counts_add(names text[], deltas bigint[]) RETURNS void LANGUAGE plpgsql AS $$
                DECLARE d record; s smallint := pg_backend_pid() % 16;
                BEGIN
                    FOR d IN SELECT u.name, u.delta FROM unnest(names, deltas) AS u(name, delta)
                             WHERE u.delta <> 0 ORDER BY u.name COLLATE "C" LOOP
                        UPDATE row_counts SET n = n + d.delta WHERE row_counts.name = d.name AND row_counts.slot = s;
                        IF NOT FOUND AND s <> 0 THEN
                            UPDATE row_counts SET n = n + d.delta WHERE row_counts.name = d.name AND row_counts.slot = 0;
                        END IF;
                    END LOOP;
                END $$;
                """);

            // Locks the given movies FOR SHARE, in id order: a concurrent change of their confidentiality waits for the
            // caller's commit, or the caller for its. The caller reads them in a statement after this one, whose snapshot
            // then holds the change it waited for (a locking read in the same statement may still test the old values).
            migrationBuilder.Sql("""
                CREATE FUNCTION row_counts_lock_movies(ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM 1 FROM movies WHERE "Id" = ANY(ids) ORDER BY "Id" FOR SHARE;
                END $$;
                """);

            migrationBuilder.Sql("""
                CREATE FUNCTION row_counts_count_movies() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'INSERT' THEN
                        PERFORM row_counts_add(ARRAY['movies', 'movies:confidential'],
                            ARRAY[(SELECT COUNT(*) FROM new_rows), (SELECT COUNT(*) FROM new_rows WHERE "Confidential")]);
                    ELSIF TG_OP = 'DELETE' THEN
                        PERFORM row_counts_add(ARRAY['movies', 'movies:confidential'],
                            ARRAY[-(SELECT COUNT(*) FROM old_rows), -(SELECT COUNT(*) FROM old_rows WHERE "Confidential")]);
                    ELSIF EXISTS (SELECT 1 FROM new_rows n JOIN old_rows o ON o."Id" = n."Id" WHERE n."Confidential" <> o."Confidential") THEN
                        -- Made confidential or open: the movie moves, with its roles.
                        PERFORM row_counts_add(array_agg(c.name), array_agg(c.delta)) FROM (
                            SELECT 'movies:confidential' AS name, SUM(CASE WHEN n."Confidential" THEN 1 ELSE -1 END) AS delta
                                FROM new_rows n JOIN old_rows o ON o."Id" = n."Id" WHERE n."Confidential" <> o."Confidential"
                            UNION ALL
                            SELECT 'roles:confidential', COALESCE(SUM(CASE WHEN n."Confidential" THEN 1 ELSE -1 END), 0)
                                FROM new_rows n JOIN old_rows o ON o."Id" = n."Id" JOIN roles r ON r."MovieId" = n."Id"
                                WHERE n."Confidential" <> o."Confidential") AS c;
                    END IF;
                    RETURN NULL;
                END $$;
                """);

            // Before a confidential movie's row goes: its roles leave the count now, since the cascade that deletes them
            // runs after the movie is gone, when their own trigger can no longer tell that it was confidential.
            migrationBuilder.Sql("""
                CREATE FUNCTION row_counts_count_movie_roles() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM row_counts_add(ARRAY['roles:confidential'], ARRAY[-(SELECT COUNT(*) FROM roles WHERE "MovieId" = OLD."Id")]);
                    RETURN OLD;
                END $$;
                """);

            migrationBuilder.Sql("""
                CREATE FUNCTION row_counts_count_roles() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE total bigint := 0; confidential bigint := 0;
                BEGIN
                    IF TG_OP = 'INSERT' THEN
                        total := (SELECT COUNT(*) FROM new_rows);
                        PERFORM row_counts_lock_movies(ARRAY(SELECT DISTINCT "MovieId" FROM new_rows));
                        confidential := (SELECT COUNT(*) FROM new_rows r JOIN movies m ON m."Id" = r."MovieId" WHERE m."Confidential");
                    ELSIF TG_OP = 'DELETE' THEN
                        total := -(SELECT COUNT(*) FROM old_rows);
                        PERFORM row_counts_lock_movies(ARRAY(SELECT DISTINCT "MovieId" FROM old_rows));
                        confidential := -(SELECT COUNT(*) FROM old_rows r JOIN movies m ON m."Id" = r."MovieId" WHERE m."Confidential");
                    ELSIF EXISTS (SELECT 1 FROM new_rows n JOIN old_rows o ON o."Id" = n."Id" WHERE n."MovieId" <> o."MovieId") THEN
                        -- Moved to another movie: out of the old movie's count, into the new one's.
                        PERFORM row_counts_lock_movies(ARRAY(SELECT "MovieId" FROM new_rows UNION SELECT "MovieId" FROM old_rows));
                        confidential := (SELECT COALESCE(SUM(CASE WHEN nm."Confidential" THEN 1 ELSE 0 END
                                                            - CASE WHEN om."Confidential" THEN 1 ELSE 0 END), 0)
                            FROM new_rows n JOIN old_rows o ON o."Id" = n."Id"
                            LEFT JOIN movies nm ON nm."Id" = n."MovieId" LEFT JOIN movies om ON om."Id" = o."MovieId"
                            WHERE n."MovieId" <> o."MovieId");
                    END IF;
                    PERFORM row_counts_add(ARRAY['roles', 'roles:confidential'], ARRAY[total, confidential]);
                    RETURN NULL;
                END $$;
                """);

            migrationBuilder.Sql("""
                DROP TRIGGER movies_count_insert ON movies;
                DROP TRIGGER movies_count_delete ON movies;
                DROP TRIGGER roles_count_insert ON roles;
                DROP TRIGGER roles_count_delete ON roles;
                CREATE TRIGGER movies_count_insert AFTER INSERT ON movies
                    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION row_counts_count_movies();
                CREATE TRIGGER movies_count_delete AFTER DELETE ON movies
                    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION row_counts_count_movies();
                CREATE TRIGGER movies_count_update AFTER UPDATE ON movies
                    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION row_counts_count_movies();
                CREATE TRIGGER movies_count_delete_roles BEFORE DELETE ON movies
                    FOR EACH ROW WHEN (OLD."Confidential") EXECUTE FUNCTION row_counts_count_movie_roles();
                CREATE TRIGGER roles_count_insert AFTER INSERT ON roles
                    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION row_counts_count_roles();
                CREATE TRIGGER roles_count_delete AFTER DELETE ON roles
                    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION row_counts_count_roles();
                CREATE TRIGGER roles_count_update AFTER UPDATE ON roles
                    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION row_counts_count_roles();
                """);

            // The triggers' creation holds their tables' locks to the end of this migration, so the counts are exact.
            migrationBuilder.Sql("""
                UPDATE row_counts SET n = (SELECT COUNT(*) FROM movies WHERE "Confidential")
                    WHERE name = 'movies:confidential' AND slot = 0;
                UPDATE row_counts SET n = (SELECT COUNT(*) FROM roles r JOIN movies m ON m."Id" = r."MovieId" WHERE m."Confidential")
                    WHERE name = 'roles:confidential' AND slot = 0;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER movies_count_insert ON movies;
                DROP TRIGGER movies_count_delete ON movies;
                DROP TRIGGER movies_count_update ON movies;
                DROP TRIGGER movies_count_delete_roles ON movies;
                DROP TRIGGER roles_count_insert ON roles;
                DROP TRIGGER roles_count_delete ON roles;
                DROP TRIGGER roles_count_update ON roles;
                DROP FUNCTION row_counts_count_roles();
                DROP FUNCTION row_counts_count_movie_roles();
                DROP FUNCTION row_counts_count_movies();
                DROP FUNCTION row_counts_lock_movies(integer[]);
                CREATE TRIGGER movies_count_insert AFTER INSERT ON movies
                    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION row_counts_count_rows();
                CREATE TRIGGER movies_count_delete AFTER DELETE ON movies
                    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION row_counts_count_rows();
                CREATE TRIGGER roles_count_insert AFTER INSERT ON roles
                    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION row_counts_count_rows();
                CREATE TRIGGER roles_count_delete AFTER DELETE ON roles
                    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION row_counts_count_rows();
                CREATE OR REPLACE FUNCTION row_counts_add(names text[], deltas bigint[]) RETURNS void LANGUAGE plpgsql AS $$
                DECLARE d record;
                BEGIN
                    FOR d IN SELECT u.name, u.delta FROM unnest(names, deltas) AS u(name, delta)
                             WHERE u.delta <> 0 ORDER BY u.name COLLATE "C" LOOP
                        UPDATE row_counts SET n = n + d.delta WHERE row_counts.name = d.name;
                    END LOOP;
                END $$;
                UPDATE row_counts AS r SET n = (SELECT SUM(x.n) FROM row_counts AS x WHERE x.name = r.name) WHERE r.slot = 0;
                DELETE FROM row_counts WHERE slot <> 0 OR name IN ('movies:confidential', 'roles:confidential');
                """);

            migrationBuilder.DropPrimaryKey(
                name: "PK_row_counts",
                table: "row_counts");

            migrationBuilder.DropColumn(
                name: "slot",
                table: "row_counts");

            migrationBuilder.AddPrimaryKey(
                name: "PK_row_counts",
                table: "row_counts",
                column: "name");
        }
    }
}

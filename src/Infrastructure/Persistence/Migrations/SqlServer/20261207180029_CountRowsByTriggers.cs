using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CastingAgency.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <summary>
    /// The database keeps <c>row_counts</c> (ADR-011): AFTER triggers on movies, roles and actors group the statement's
    /// <c>inserted</c> and <c>deleted</c> rows into one delta per counter row, whoever wrote them (EF, raw SQL, an ON
    /// DELETE CASCADE); an actor moves between gender-and-age groups. TRUNCATE and a bulk copy without FIRE_TRIGGERS
    /// fire no trigger: run the recount after them (docs/operations.md). Then every row is recounted, so an upgraded
    /// database starts exact. Frozen here.
    /// </summary>
    public partial class CountRowsByTriggers : Migration
    {
        // One UPDATE per counter row, in name order: writers lock the rows they share in the same order, so they never
        // deadlock on them; each UPDATE adds to the committed value under its row lock, so no increment is lost.
        private const string ApplyDeltas = """
                DECLARE @name nvarchar(64) = N'', @delta bigint;
                WHILE 1 = 1
                BEGIN
                    SELECT TOP (1) @name = [name], @delta = [delta] FROM @deltas WHERE [name] > @name ORDER BY [name];
                    IF @@ROWCOUNT = 0 BREAK;
                    UPDATE [row_counts] SET [n] = [n] + @delta WHERE [name] = @name;
                END;
            """;

        private const string Deltas = "DECLARE @deltas TABLE ([name] nvarchar(64) COLLATE DATABASE_DEFAULT NOT NULL PRIMARY KEY, [delta] bigint NOT NULL);";

        // CREATE TRIGGER must be the first statement of its batch: EXEC makes it one, also in a script of several
        // migrations (dotnet ef migrations script) and inside the migration's transaction.
        private static string Exec(string sql) => $"EXEC(N'{sql.Replace("'", "''", System.StringComparison.Ordinal)}');";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var table in new[] { "movies", "roles" })
            {
                migrationBuilder.Sql(Exec($"""
                    CREATE TRIGGER [{table}_count_insert] ON [{table}] AFTER INSERT AS
                    BEGIN
                        SET NOCOUNT ON;
                        DECLARE @delta bigint = (SELECT COUNT_BIG(*) FROM inserted);
                        IF @delta <> 0 UPDATE [row_counts] SET [n] = [n] + @delta WHERE [name] = N'{table}';
                    END;
                    """));
                migrationBuilder.Sql(Exec($"""
                    CREATE TRIGGER [{table}_count_delete] ON [{table}] AFTER DELETE AS
                    BEGIN
                        SET NOCOUNT ON;
                        DECLARE @delta bigint = (SELECT COUNT_BIG(*) FROM deleted);
                        IF @delta <> 0 UPDATE [row_counts] SET [n] = [n] - @delta WHERE [name] = N'{table}';
                    END;
                    """));
            }

            migrationBuilder.Sql(Exec($"""
                CREATE TRIGGER [actors_count_insert] ON [actors] AFTER INSERT AS
                BEGIN
                    SET NOCOUNT ON;
                    {Deltas}
                    INSERT INTO @deltas ([name], [delta])
                        SELECT N'actors', COUNT_BIG(*) FROM inserted HAVING COUNT_BIG(*) > 0
                        UNION ALL
                        SELECT CONCAT(N'actors:', [Gender], N':', [Age]), COUNT_BIG(*) FROM inserted GROUP BY [Gender], [Age];
                {ApplyDeltas}
                END;
                """));
            migrationBuilder.Sql(Exec($"""
                CREATE TRIGGER [actors_count_delete] ON [actors] AFTER DELETE AS
                BEGIN
                    SET NOCOUNT ON;
                    {Deltas}
                    INSERT INTO @deltas ([name], [delta])
                        SELECT N'actors', -COUNT_BIG(*) FROM deleted HAVING COUNT_BIG(*) > 0
                        UNION ALL
                        SELECT CONCAT(N'actors:', [Gender], N':', [Age]), -COUNT_BIG(*) FROM deleted GROUP BY [Gender], [Age];
                {ApplyDeltas}
                END;
                """));
            migrationBuilder.Sql(Exec($"""
                CREATE TRIGGER [actors_count_update] ON [actors] AFTER UPDATE AS
                BEGIN
                    SET NOCOUNT ON;
                    IF UPDATE([Gender]) OR UPDATE([Age])
                    BEGIN
                        {Deltas}
                        INSERT INTO @deltas ([name], [delta])
                            SELECT CONCAT(N'actors:', m.[Gender], N':', m.[Age]), SUM(m.[delta])
                            FROM (SELECT [Gender], [Age], CAST(1 AS bigint) AS [delta] FROM inserted
                                  UNION ALL
                                  SELECT [Gender], [Age], CAST(-1 AS bigint) FROM deleted) AS m
                            GROUP BY m.[Gender], m.[Age]
                            HAVING SUM(m.[delta]) <> 0;
                {ApplyDeltas}
                    END;
                END;
                """));

            migrationBuilder.Sql("UPDATE [row_counts] SET [n] = (SELECT COUNT_BIG(*) FROM [movies] WITH (TABLOCK, HOLDLOCK)) WHERE [name] = N'movies';");
            migrationBuilder.Sql("UPDATE [row_counts] SET [n] = (SELECT COUNT_BIG(*) FROM [roles] WITH (TABLOCK, HOLDLOCK)) WHERE [name] = N'roles';");
            migrationBuilder.Sql("""
                UPDATE r SET [n] = COALESCE(g.[n], 0)
                FROM [row_counts] AS r
                LEFT JOIN (SELECT CONCAT(N'actors:', [Gender], N':', [Age]) AS [name], COUNT_BIG(*) AS [n]
                           FROM [actors] WITH (TABLOCK, HOLDLOCK) GROUP BY [Gender], [Age]) AS g ON g.[name] = r.[name]
                WHERE r.[name] LIKE N'actors:%';
                """);
            migrationBuilder.Sql("UPDATE [row_counts] SET [n] = (SELECT COUNT_BIG(*) FROM [actors] WITH (TABLOCK, HOLDLOCK)) WHERE [name] = N'actors';");
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
                migrationBuilder.Sql($"DROP TRIGGER [{trigger}];");
            }
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CastingAgency.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <summary>
    /// ADR-011: a count is the sum of its slots (<c>row_counts (name, slot)</c>). A table's total and the two new
    /// confidential counts get 16 slots, and a writer adds to slot <c>@@SPID % 16</c> (slot 0 when the count has no such
    /// slot: the actors' groups), through procedure <c>row_counts_add</c>, so that concurrent writers no longer queue on
    /// one row to their commit. New counts: <c>movies:confidential</c> and <c>roles:confidential</c>, the roles of
    /// confidential movies. A role's trigger reads its movies under REPEATABLEREAD, so a concurrent change of their
    /// confidentiality waits for it, or it for that change. SQL Server runs a delete's cascade before any AFTER trigger
    /// and has no BEFORE trigger, so when a confidential movie is deleted its roles are already gone and nothing tells
    /// their triggers it was confidential: the movies' trigger then recounts <c>roles:confidential</c> (its rows locked
    /// first, then counted in a statement of their own, as the recount does), a cost of the confidential roles paid only
    /// by deletes of confidential movies. Not run in this repository's tests (no SQL Server). Frozen here.
    /// </summary>
    public partial class StripeCountsAndCountConfidential : Migration
    {
        private const string Deltas = "DECLARE @deltas TABLE ([name] nvarchar(64) COLLATE DATABASE_DEFAULT NOT NULL PRIMARY KEY, [delta] bigint NOT NULL);";

        // One count at a time, in name order: writers lock the rows they share in the same order.
        private const string ApplyDeltas = """
                DECLARE @name nvarchar(64) = N'', @delta bigint;
                WHILE 1 = 1
                BEGIN
                    SELECT TOP (1) @name = [name], @delta = [delta] FROM @deltas WHERE [name] > @name ORDER BY [name];
                    IF @@ROWCOUNT = 0 BREAK;
                    EXEC [row_counts_add] @name, @delta;
                END;
            """;

        // CREATE/ALTER TRIGGER and PROCEDURE must be the first statement of a batch: EXEC makes it one.
        private static string Exec(string sql) => $"EXEC(N'{sql.Replace("'", "''", System.StringComparison.Ordinal)}');";

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
                WITH s AS (SELECT TOP (16) CAST(ROW_NUMBER() OVER (ORDER BY (SELECT NULL)) - 1 AS smallint) AS [slot] FROM sys.all_objects)
                INSERT INTO [row_counts] ([name], [slot], [n])
                    SELECT t.[name], s.[slot], 0
                    FROM (VALUES (N'movies', 1), (N'actors', 1), (N'roles', 1), (N'audit_records', 1),
                                 (N'movies:confidential', 0), (N'roles:confidential', 0)) AS t([name], [first]), s
                    WHERE s.[slot] >= t.[first];
                """);

            migrationBuilder.Sql(Exec("""
                CREATE PROCEDURE [row_counts_add] @name nvarchar(64), @delta bigint AS
                BEGIN
                    SET NOCOUNT ON;
                    IF @delta = 0 RETURN;
                    UPDATE [row_counts] SET [n] = [n] + @delta WHERE [name] = @name AND [slot] = @@SPID % 16;
                    IF @@ROWCOUNT = 0 UPDATE [row_counts] SET [n] = [n] + @delta WHERE [name] = @name AND [slot] = 0;
                END;
                """));

            migrationBuilder.Sql(Exec("""
                ALTER TRIGGER [movies_count_insert] ON [movies] AFTER INSERT AS
                BEGIN
                    SET NOCOUNT ON;
                    DECLARE @all bigint, @confidential bigint;
                    SELECT @all = COUNT_BIG(*), @confidential = COUNT_BIG(CASE WHEN [Confidential] = 1 THEN 1 END) FROM inserted;
                    EXEC [row_counts_add] N'movies', @all;
                    EXEC [row_counts_add] N'movies:confidential', @confidential;
                END;
                """));
            migrationBuilder.Sql(Exec("""
                ALTER TRIGGER [movies_count_delete] ON [movies] AFTER DELETE AS
                BEGIN
                    SET NOCOUNT ON;
                    DECLARE @all bigint, @confidential bigint;
                    SELECT @all = -COUNT_BIG(*), @confidential = -COUNT_BIG(CASE WHEN [Confidential] = 1 THEN 1 END) FROM deleted;
                    EXEC [row_counts_add] N'movies', @all;
                    EXEC [row_counts_add] N'movies:confidential', @confidential;
                    IF @confidential <> 0
                    BEGIN
                        -- The cascade took the roles before this trigger: recount them, the rows locked first.
                        UPDATE [row_counts] SET [n] = [n] WHERE [name] = N'roles:confidential';
                        DECLARE @now bigint = (SELECT COUNT_BIG(*) FROM [roles] AS r JOIN [movies] AS m ON m.[Id] = r.[MovieId] WHERE m.[Confidential] = 1);
                        UPDATE [row_counts] SET [n] = CASE WHEN [slot] = 0 THEN @now ELSE 0 END WHERE [name] = N'roles:confidential';
                    END;
                END;
                """));
            migrationBuilder.Sql(Exec("""
                CREATE TRIGGER [movies_count_update] ON [movies] AFTER UPDATE AS
                BEGIN
                    SET NOCOUNT ON;
                    IF UPDATE([Confidential])
                    BEGIN
                        DECLARE @movies bigint = (SELECT COALESCE(SUM(CASE WHEN i.[Confidential] = 1 THEN 1 ELSE -1 END), 0)
                            FROM inserted AS i JOIN deleted AS d ON d.[Id] = i.[Id] WHERE i.[Confidential] <> d.[Confidential]);
                        DECLARE @roles bigint = (SELECT COALESCE(SUM(CASE WHEN i.[Confidential] = 1 THEN 1 ELSE -1 END), 0)
                            FROM inserted AS i JOIN deleted AS d ON d.[Id] = i.[Id] JOIN [roles] AS r ON r.[MovieId] = i.[Id]
                            WHERE i.[Confidential] <> d.[Confidential]);
                        EXEC [row_counts_add] N'movies:confidential', @movies;
                        EXEC [row_counts_add] N'roles:confidential', @roles;
                    END;
                END;
                """));
            migrationBuilder.Sql(Exec("""
                ALTER TRIGGER [roles_count_insert] ON [roles] AFTER INSERT AS
                BEGIN
                    SET NOCOUNT ON;
                    DECLARE @all bigint = (SELECT COUNT_BIG(*) FROM inserted);
                    DECLARE @confidential bigint = (SELECT COUNT_BIG(*) FROM inserted AS r
                        JOIN [movies] AS m WITH (REPEATABLEREAD) ON m.[Id] = r.[MovieId] WHERE m.[Confidential] = 1);
                    EXEC [row_counts_add] N'roles', @all;
                    EXEC [row_counts_add] N'roles:confidential', @confidential;
                END;
                """));
            migrationBuilder.Sql(Exec("""
                ALTER TRIGGER [roles_count_delete] ON [roles] AFTER DELETE AS
                BEGIN
                    SET NOCOUNT ON;
                    DECLARE @all bigint = -(SELECT COUNT_BIG(*) FROM deleted);
                    DECLARE @confidential bigint = -(SELECT COUNT_BIG(*) FROM deleted AS r
                        JOIN [movies] AS m WITH (REPEATABLEREAD) ON m.[Id] = r.[MovieId] WHERE m.[Confidential] = 1);
                    EXEC [row_counts_add] N'roles', @all;
                    EXEC [row_counts_add] N'roles:confidential', @confidential;
                END;
                """));
            migrationBuilder.Sql(Exec("""
                CREATE TRIGGER [roles_count_update] ON [roles] AFTER UPDATE AS
                BEGIN
                    SET NOCOUNT ON;
                    IF UPDATE([MovieId])
                    BEGIN
                        DECLARE @confidential bigint =
                            (SELECT COUNT_BIG(*) FROM inserted AS i JOIN deleted AS d ON d.[Id] = i.[Id]
                                JOIN [movies] AS m WITH (REPEATABLEREAD) ON m.[Id] = i.[MovieId]
                                WHERE i.[MovieId] <> d.[MovieId] AND m.[Confidential] = 1)
                            - (SELECT COUNT_BIG(*) FROM inserted AS i JOIN deleted AS d ON d.[Id] = i.[Id]
                                JOIN [movies] AS m WITH (REPEATABLEREAD) ON m.[Id] = d.[MovieId]
                                WHERE i.[MovieId] <> d.[MovieId] AND m.[Confidential] = 1);
                        EXEC [row_counts_add] N'roles:confidential', @confidential;
                    END;
                END;
                """));
            migrationBuilder.Sql(Exec($"""
                ALTER TRIGGER [actors_count_insert] ON [actors] AFTER INSERT AS
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
                ALTER TRIGGER [actors_count_delete] ON [actors] AFTER DELETE AS
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
                ALTER TRIGGER [actors_count_update] ON [actors] AFTER UPDATE AS
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
            migrationBuilder.Sql(Exec("""
                ALTER TRIGGER [audit_records_count_insert] ON [audit_records] AFTER INSERT AS
                BEGIN
                    SET NOCOUNT ON;
                    DECLARE @delta bigint = (SELECT COUNT_BIG(*) FROM inserted);
                    EXEC [row_counts_add] N'audit_records', @delta;
                END;
                """));
            migrationBuilder.Sql(Exec("""
                ALTER TRIGGER [audit_records_count_delete] ON [audit_records] AFTER DELETE AS
                BEGIN
                    SET NOCOUNT ON;
                    DECLARE @delta bigint = -(SELECT COUNT_BIG(*) FROM deleted);
                    EXEC [row_counts_add] N'audit_records', @delta;
                END;
                """));

            migrationBuilder.Sql("""
                UPDATE [row_counts] SET [n] = (SELECT COUNT_BIG(*) FROM [movies] WITH (TABLOCK, HOLDLOCK) WHERE [Confidential] = 1)
                    WHERE [name] = N'movies:confidential' AND [slot] = 0;
                """);
            migrationBuilder.Sql("""
                UPDATE [row_counts] SET [n] = (SELECT COUNT_BIG(*) FROM [roles] AS r WITH (TABLOCK, HOLDLOCK)
                        JOIN [movies] AS m WITH (TABLOCK, HOLDLOCK) ON m.[Id] = r.[MovieId] WHERE m.[Confidential] = 1)
                    WHERE [name] = N'roles:confidential' AND [slot] = 0;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Back to one row per count and to the triggers of CountRowsByTriggers and AddAuditTrail.
            migrationBuilder.Sql("DROP TRIGGER [movies_count_update];");
            migrationBuilder.Sql("DROP TRIGGER [roles_count_update];");
            foreach (var table in new[] { "movies", "roles", "audit_records" })
            {
                migrationBuilder.Sql(Exec($"""
                    ALTER TRIGGER [{table}_count_insert] ON [{table}] AFTER INSERT AS
                    BEGIN
                        SET NOCOUNT ON;
                        DECLARE @delta bigint = (SELECT COUNT_BIG(*) FROM inserted);
                        IF @delta <> 0 UPDATE [row_counts] SET [n] = [n] + @delta WHERE [name] = N'{table}';
                    END;
                    """));
                migrationBuilder.Sql(Exec($"""
                    ALTER TRIGGER [{table}_count_delete] ON [{table}] AFTER DELETE AS
                    BEGIN
                        SET NOCOUNT ON;
                        DECLARE @delta bigint = (SELECT COUNT_BIG(*) FROM deleted);
                        IF @delta <> 0 UPDATE [row_counts] SET [n] = [n] - @delta WHERE [name] = N'{table}';
                    END;
                    """));
            }

            var oldApply = ApplyDeltas.Replace("EXEC [row_counts_add] @name, @delta;", "UPDATE [row_counts] SET [n] = [n] + @delta WHERE [name] = @name;", System.StringComparison.Ordinal);
            foreach (var (trigger, kind, rows, sign) in new[] { ("actors_count_insert", "INSERT", "inserted", ""), ("actors_count_delete", "DELETE", "deleted", "-") })
            {
                migrationBuilder.Sql(Exec($"""
                    ALTER TRIGGER [{trigger}] ON [actors] AFTER {kind} AS
                    BEGIN
                        SET NOCOUNT ON;
                        {Deltas}
                        INSERT INTO @deltas ([name], [delta])
                            SELECT N'actors', {sign}COUNT_BIG(*) FROM {rows} HAVING COUNT_BIG(*) > 0
                            UNION ALL
                            SELECT CONCAT(N'actors:', [Gender], N':', [Age]), {sign}COUNT_BIG(*) FROM {rows} GROUP BY [Gender], [Age];
                    {oldApply}
                    END;
                    """));
            }

            migrationBuilder.Sql(Exec($"""
                ALTER TRIGGER [actors_count_update] ON [actors] AFTER UPDATE AS
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
                {oldApply}
                    END;
                END;
                """));
            migrationBuilder.Sql("DROP PROCEDURE [row_counts_add];");
            migrationBuilder.Sql("""
                UPDATE r SET [n] = s.[n] FROM [row_counts] AS r
                    JOIN (SELECT [name], SUM([n]) AS [n] FROM [row_counts] GROUP BY [name]) AS s ON s.[name] = r.[name]
                    WHERE r.[slot] = 0;
                """);
            migrationBuilder.Sql("DELETE FROM [row_counts] WHERE [slot] <> 0 OR [name] IN (N'movies:confidential', N'roles:confidential');");

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

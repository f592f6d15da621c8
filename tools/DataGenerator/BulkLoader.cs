using System.Data.Common;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Enums;
using CastingAgency.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace CastingAgency.Tools.DataGenerator;

/// <summary>
/// A table as the EF model maps it: its name and the column of each property, in row order: first the properties the
/// dataset generates, then any the model has that the dataset does not know yet (a field added since), filled with
/// their type's default (false, 0, null), the value an existing row gets from its migration.
/// </summary>
public sealed record TableMap(string Table, IReadOnlyList<string> Columns, IReadOnlyList<object?> Defaults)
{
    public static TableMap From(IModel model, Type entity, IReadOnlyList<string> properties)
    {
        var entityType = model.FindEntityType(entity) ?? throw new InvalidOperationException($"{entity.Name} is not in the model.");
        var table = entityType.GetTableName() ?? throw new InvalidOperationException($"{entity.Name} has no table.");
        var store = StoreObjectIdentifier.Table(table, entityType.GetSchema());

        // A property the generator names that the model lacks fails here, not silently.
        var mapped = entityType.GetProperties().ToDictionary(p => p.Name);
        var unknown = properties.Where(p => !mapped.ContainsKey(p)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"{entity.Name}: the generator fills unknown [{string.Join(", ", unknown)}].");
        }

        var missing = mapped.Values.Where(p => !properties.Contains(p.Name)).ToList();
        var columns = properties.Select(p => mapped[p]).Concat(missing)
            .Select(p => p.GetColumnName(store) ?? throw new InvalidOperationException($"{entity.Name}.{p.Name} has no column."))
            .ToList();
        return new TableMap(table, columns, missing.Select(p => DefaultOf(entity, p)).ToList());
    }

    /// <summary>The dataset's rows, each completed with <see cref="Defaults"/> (one reused array, like the dataset's own).</summary>
    public IEnumerable<object?[]> Complete(IEnumerable<object?[]> rows)
    {
        if (Defaults.Count == 0)
        {
            foreach (var row in rows)
            {
                yield return row;
            }

            yield break;
        }

        var full = new object?[Columns.Count];
        foreach (var row in rows)
        {
            row.CopyTo(full, 0);
            for (var i = 0; i < Defaults.Count; i++)
            {
                full[row.Length + i] = Defaults[i];
            }

            yield return full;
        }
    }

    private static object? DefaultOf(Type entity, IProperty property) =>
        property.IsNullable ? null
        : property.ClrType == typeof(bool) ? false
        : property.ClrType == typeof(int) ? 0
        : throw new InvalidOperationException($"{entity.Name}.{property.Name} is required and the generator does not fill it.");
}

/// <summary>
/// Bulk inserts for one provider: PostgreSQL binary COPY, or one SQLite transaction with a prepared command. The
/// database's triggers keep <c>row_counts</c> through both (ADR-011): COPY fires PostgreSQL's statement-level
/// triggers once per table, TRUNCATE zeroes the counts, and SQLite's row triggers follow each insert and delete.
/// </summary>
public abstract class BulkLoader(DbConnection connection)
{
    protected DbConnection Connection { get; } = connection;

    public static BulkLoader For(DatabaseProvider provider, DbConnection connection) => provider switch
    {
        DatabaseProvider.Postgres => new PostgresBulkLoader((NpgsqlConnection)connection),
        DatabaseProvider.Sqlite => new SqliteBulkLoader((SqliteConnection)connection),
        _ => throw new NotSupportedException($"No bulk loader for {provider}."),
    };

    public async Task<bool> IsEmptyAsync(IReadOnlyList<TableMap> tables)
    {
        foreach (var table in tables)
        {
            if (await ScalarAsync($"SELECT COUNT(*) FROM (SELECT 1 FROM {Quote(table.Table)} LIMIT 1) t") > 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Deletes every row of <paramref name="tables"/> (children first) and restarts their ids.</summary>
    public abstract Task ResetAsync(IReadOnlyList<TableMap> tables);

    public abstract Task BeginAsync();

    public abstract Task<int> LoadAsync(TableMap table, IEnumerable<object?[]> rows);

    /// <summary>Moves the id sequences past the explicit ids, ends the load and refreshes the planner's statistics.</summary>
    public abstract Task FinishAsync(IReadOnlyList<TableMap> tables);

    /// <summary>Every actor's age and gender, indexed by id (for <c>--pipeline-only</c>).</summary>
    public async Task<ActorFacts[]> ReadActorFactsAsync(TableMap actors)
    {
        string Column(string property) => Quote(actors.Columns[Array.IndexOf(Dataset.ActorProperties, property)]);
        var facts = new ActorFacts[await ScalarAsync($"SELECT COALESCE(MAX({Column("Id")}), 0) FROM {Quote(actors.Table)}") + 1];
        await using var command = Connection.CreateCommand();
        command.CommandText = $"SELECT {Column("Id")}, {Column("Age")}, {Column("Gender")} FROM {Quote(actors.Table)}";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            facts[reader.GetInt32(0)] = new ActorFacts((byte)reader.GetInt32(1), WireNames<Gender>.Parse(reader.GetString(2)));
        }

        return facts;
    }

    /// <summary>Every role's casting terms, indexed by id (for <c>--pipeline-only</c>).</summary>
    public async Task<RoleFacts[]> ReadRoleFactsAsync(TableMap roles)
    {
        string Column(string property) => Quote(roles.Columns[Array.IndexOf(Dataset.RoleProperties, property)]);
        var facts = new RoleFacts[await ScalarAsync($"SELECT COALESCE(MAX({Column("Id")}), 0) FROM {Quote(roles.Table)}") + 1];
        await using var command = Connection.CreateCommand();
        command.CommandText =
            $"SELECT {Column("Id")}, {Column("Gender")}, {Column("MinAge")}, {Column("MaxAge")}, {Column("ActorId")} FROM {Quote(roles.Table)}";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            facts[reader.GetInt32(0)] = new RoleFacts(
                WireNames<RoleGender>.Parse(reader.GetString(1)), (byte)reader.GetInt32(2), (byte)reader.GetInt32(3), !reader.IsDBNull(4));
        }

        return facts;
    }

    protected static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    protected async Task ExecuteAsync(string sql)
    {
        await using var command = Connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    protected async Task<long> ScalarAsync(string sql)
    {
        await using var command = Connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}

public sealed class PostgresBulkLoader(NpgsqlConnection connection) : BulkLoader(connection)
{
    public override Task ResetAsync(IReadOnlyList<TableMap> tables) =>
        ExecuteAsync($"TRUNCATE TABLE {string.Join(", ", tables.Select(t => Quote(t.Table)))} RESTART IDENTITY CASCADE");

    public override Task BeginAsync() => Task.CompletedTask;

    public override async Task<int> LoadAsync(TableMap table, IEnumerable<object?[]> rows)
    {
        var copy = $"COPY {Quote(table.Table)} ({string.Join(", ", table.Columns.Select(Quote))}) FROM STDIN (FORMAT BINARY)";
        var count = 0;
        await using (var importer = await connection.BeginBinaryImportAsync(copy))
        {
            foreach (var row in rows)
            {
                importer.StartRow();
                foreach (var value in row)
                {
                    switch (value)
                    {
                        case null: importer.WriteNull(); break;
                        case string s: importer.Write(s); break;
                        case int i: importer.Write(i); break;
                        case bool b: importer.Write(b); break;
                        case DateTime d: importer.Write(d); break;
                        case DateOnly d: importer.Write(d); break;
                        default: throw new NotSupportedException($"Cannot COPY a {value.GetType().Name}.");
                    }
                }

                count++;
            }

            await importer.CompleteAsync();
        }

        return count;
    }

    public override async Task FinishAsync(IReadOnlyList<TableMap> tables)
    {
        foreach (var table in tables)
        {
            var id = table.Columns[0].Replace("'", "''", StringComparison.Ordinal);
            var name = Quote(table.Table).Replace("'", "''", StringComparison.Ordinal);
            await ExecuteAsync(
                $"SELECT setval(pg_get_serial_sequence('{name}', '{id}'), (SELECT COALESCE(MAX({Quote(table.Columns[0])}), 0) + 1 FROM {Quote(table.Table)}), false)");
        }

        // VACUUM sets the visibility map (index-only scans for counts) as autovacuum would later; ANALYZE feeds the planner.
        await ExecuteAsync($"VACUUM ANALYZE {string.Join(", ", tables.Select(t => Quote(t.Table)))}");
    }
}

public sealed class SqliteBulkLoader(SqliteConnection connection) : BulkLoader(connection)
{
    private SqliteTransaction? _transaction;

    public override async Task ResetAsync(IReadOnlyList<TableMap> tables)
    {
        foreach (var table in tables)
        {
            await ExecuteAsync($"DELETE FROM {Quote(table.Table)}");
        }

        var names = string.Join(", ", tables.Select(t => "'" + t.Table.Replace("'", "''", StringComparison.Ordinal) + "'"));
        if (await ScalarAsync("SELECT COUNT(*) FROM sqlite_master WHERE name = 'sqlite_sequence'") > 0)
        {
            await ExecuteAsync($"DELETE FROM sqlite_sequence WHERE name IN ({names})");
        }
    }

    public override async Task BeginAsync()
    {
        // Durability is pointless while loading a throw-away dataset (WAL, what the API runs with, was set when
        // DatabaseInitializer migrated the file, and the journal mode is stored in it).
        await ExecuteAsync("PRAGMA synchronous=OFF");
        // Each insert fires the count triggers (ADR-011), so SQLite keeps a statement journal per insert: in memory.
        await ExecuteAsync("PRAGMA temp_store=MEMORY");
        _transaction = connection.BeginTransaction();
    }

    public override Task<int> LoadAsync(TableMap table, IEnumerable<object?[]> rows)
    {
        using var command = connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText =
            $"INSERT INTO {Quote(table.Table)} ({string.Join(", ", table.Columns.Select(Quote))}) " +
            $"VALUES ({string.Join(", ", table.Columns.Select((_, i) => "$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))})";
        var parameters = table.Columns
            .Select((_, i) => command.Parameters.Add(new SqliteParameter("$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), null)))
            .ToArray();
        command.Prepare();

        var count = 0;
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                parameters[i].Value = row[i] ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
            count++;
        }

        return Task.FromResult(count);
    }

    public override async Task FinishAsync(IReadOnlyList<TableMap> tables)
    {
        if (_transaction is not null)
        {
            await _transaction.CommitAsync();
            await _transaction.DisposeAsync();
            _transaction = null;
        }

        await ExecuteAsync("PRAGMA synchronous=NORMAL");
        await ExecuteAsync("ANALYZE");
    }
}

using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace CastingAgency.IntegrationTests.Infrastructure;

/// <summary>
/// Fixtures run two at a time (AssemblyInfo.cs), each on a database lane of its own: a database and the in-process
/// API on it. <see cref="IntegrationTestBase"/> leases a lane for its fixture (OneTimeSetUp) and returns it
/// (OneTimeTearDown); <see cref="TestDatabase.ConnectionString"/> and <see cref="Testing.Factory"/> are the current
/// fixture's lane. On SQLite a lane is a copy of the migrated template file, made when a fixture finds no free lane;
/// on PostgreSQL and SQL Server there is one lane (the configured database), so their fixtures take turns.
/// </summary>
public static class DatabaseLanes
{
    private static readonly ConcurrentDictionary<string, Lane> Leases = new();
    private static readonly ConcurrentBag<Lane> Free = [];
    private static readonly List<Lane> All = [];
    private static readonly SemaphoreSlim OneLane = new(1, 1);
    private static string? _template;

    /// <summary>The lane of the fixture that is running (its tests, set-ups and the tasks they start).</summary>
    public static Lane Current
    {
        get
        {
            for (ITest? test = TestExecutionContext.CurrentContext.CurrentTest; test is not null; test = test.Parent)
            {
                if (Leases.TryGetValue(test.Id, out var lane))
                {
                    return lane;
                }
            }

            throw new InvalidOperationException(
                "This fixture holds no database lane: derive it from IntegrationTestBase, which leases one in OneTimeSetUp.");
        }
    }

    /// <summary>The first lane, on the configured database (migrated by <see cref="Testing"/>); on SQLite also the template of the others.</summary>
    internal static Lane Start()
    {
        var first = new Lane(TestDatabase.BaseConnectionString);
        lock (All)
        {
            All.Add(first);
        }

        Free.Add(first);
        return first;
    }

    /// <summary>Copies the migrated (still empty) first database: the template each further SQLite lane starts from.</summary>
    internal static void KeepTemplate(Lane first)
    {
        if (!TestDatabase.IsSqlite)
        {
            return;
        }

        _template = TestDatabase.SqliteFile(TestDatabase.BaseConnectionString).Replace(".db", "-template.db", StringComparison.Ordinal);
        Copy(first.ConnectionString, $"Data Source={_template}");
    }

    internal static async Task LeaseAsync(ITest fixture)
    {
        if (!TestDatabase.IsSqlite)
        {
            await OneLane.WaitAsync();
        }

        if (!Free.TryTake(out var lane))
        {
            lane = NewSqliteLane();
        }

        Leases[fixture.Id] = lane;
    }

    internal static void Return(ITest fixture)
    {
        if (!Leases.TryRemove(fixture.Id, out var lane))
        {
            return;
        }

        Free.Add(lane);
        if (!TestDatabase.IsSqlite)
        {
            OneLane.Release();
        }
    }

    internal static async Task StopAsync()
    {
        List<Lane> lanes;
        lock (All)
        {
            lanes = [.. All];
        }

        foreach (var lane in lanes)
        {
            await lane.DisposeAsync();
        }

        if (TestDatabase.IsSqlite)
        {
            SqliteConnection.ClearAllPools();
            var files = lanes.Select(l => TestDatabase.SqliteFile(l.ConnectionString)).Append(_template).OfType<string>();
            foreach (var path in files.SelectMany(f => new[] { f, f + "-wal", f + "-shm" }))
            {
                File.Delete(path);
            }
        }
    }

    private static Lane NewSqliteLane()
    {
        if (_template is null)
        {
            throw new InvalidOperationException("a second lane on a single-lane database");
        }

        Lane lane;
        lock (All)
        {
            var file = _template.Replace("-template.db", $"-{All.Count + 1}.db", StringComparison.Ordinal);
            lane = new Lane($"Data Source={file}");
            All.Add(lane);
        }

        Copy($"Data Source={_template}", lane.ConnectionString);
        return lane;
    }

    private static void Copy(string from, string to)
    {
        using var source = new SqliteConnection(from);
        using var target = new SqliteConnection(to);
        source.Open();
        target.Open();
        source.BackupDatabase(target);
    }

    /// <summary>One database and the suite's API on it (started on first use, kept for every fixture that leases the lane).</summary>
    public sealed class Lane(string connectionString) : IAsyncDisposable
    {
        private readonly Lazy<CastingAgencyFactory> _factory = new(() => new CastingAgencyFactory(
            new Dictionary<string, string?> { ["ConnectionStrings:CastingAgency"] = connectionString }));

        public string ConnectionString { get; } = connectionString;

        public CastingAgencyFactory Factory => _factory.Value;

        public async ValueTask DisposeAsync()
        {
            if (_factory.IsValueCreated)
            {
                await _factory.Value.DisposeAsync();
            }
        }
    }
}

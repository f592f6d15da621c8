using System.Diagnostics;
using Npgsql;

namespace CastingAgency.IntegrationTests.Faults;

/// <summary>
/// A PostgreSQL cluster of the test's own (Debian's server binaries, a temporary data directory, a free loopback port),
/// for faults that stop the server itself: the shared test server is never stopped. Needs root (to run the server as
/// the <c>postgres</c> user) and the server package, as <c>.ci/run</c> provides; otherwise the test is ignored.
/// </summary>
public sealed class PrivatePostgres : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _root;

    private PrivatePostgres(string bin, string root, int port)
    {
        _bin = bin;
        _root = root;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString(string database = "casting_agency") =>
        $"Host=127.0.0.1;Port={Port};Database={database};Username=postgres;Password=postgres";

    public static async Task<PrivatePostgres> CreateAsync()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
                .OrderByDescending(d => d, StringComparer.Ordinal).FirstOrDefault()
            : null;
        if (bin is null || Environment.UserName != "root")
        {
            Assert.Ignore("needs Debian's PostgreSQL server binaries and root (scripts/start-postgres.sh installs them).");
        }

        var root = Path.Combine(Path.GetTempPath(), $"casting-agency-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        await RunAsync("chown", $"postgres {root}");
        var cluster = new PrivatePostgres(bin!, root, ApiProcess.FreePort());
        await cluster.AsPostgresAsync("initdb", $"-D {root}/data -A trust -U postgres --no-sync");
        await cluster.StartAsync();
        await using (var connection = new NpgsqlConnection(cluster.ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand("CREATE DATABASE casting_agency", connection);
            await create.ExecuteNonQueryAsync();
        }

        return cluster;
    }

    public Task StartAsync() => AsPostgresAsync(
        "pg_ctl",
        $"-D {_root}/data -l {_root}/server.log -w -t 60 -o \"-p {Port} -c listen_addresses=127.0.0.1 -k {_root} -c fsync=off\" start");

    /// <summary><c>pg_ctl stop -m fast</c>: the server ends every session (57P01) and shuts down.</summary>
    public Task StopFastAsync() => AsPostgresAsync("pg_ctl", $"-D {_root}/data -m fast -w -t 60 stop");

    public async ValueTask DisposeAsync()
    {
        try
        {
            await AsPostgresAsync("pg_ctl", $"-D {_root}/data -m immediate -w -t 60 stop");
        }
        catch (AssertionException)
        {
            // already stopped
        }

        Directory.Delete(_root, recursive: true);
    }

    private Task AsPostgresAsync(string tool, string arguments) =>
        RunAsync("runuser", $"-u postgres -- {Path.Combine(_bin, tool)} {arguments}");

    private static async Task RunAsync(string file, string arguments)
    {
        var info = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            Assert.Fail($"{file} {arguments} exited {process.ExitCode}: {await output}{await error}");
        }
    }
}

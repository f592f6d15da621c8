using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CastingAgency.Infrastructure.Persistence;

/// <summary>
/// Asks the database a trivial question on a connection of its own (never a pooled DbContext: a probe that gives up
/// must not leave a context in use behind it).
/// </summary>
public sealed class DatabaseProbe(DatabaseProvider provider, string connectionString)
{
    /// <summary>How long readiness waits for the answer (docs/operations.md: 2 s).</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Opens a connection and runs <c>SELECT 1</c>. Returns within <paramref name="budget"/> whatever the server does:
    /// a server that accepts connections but never answers is abandoned (its connection is disposed when the attempt
    /// finally ends) and reported as a timeout.
    /// </summary>
    public async Task<(bool Ok, string Detail)> PingAsync(TimeSpan budget, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(budget);
        var attempt = PingOnceAsync(timeout.Token);
        try
        {
            await attempt.WaitAsync(budget, cancellationToken);
            return (true, "the database answered");
        }
        catch (TimeoutException)
        {
            _ = attempt.ContinueWith(t => _ = t.Exception, TaskScheduler.Default); // observe its end, whenever it comes
            return (false, $"the database did not answer within {budget.TotalSeconds:0.#} s");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (false, $"the database did not answer within {budget.TotalSeconds:0.#} s");
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or System.Net.Sockets.SocketException)
        {
            return (false, $"the database refused the check ({DatabaseErrors.Classify(ex)})");
        }
    }

    private async Task PingOnceAsync(CancellationToken cancellationToken)
    {
        await using var connection = NewConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1";
        command.CommandTimeout = (int)Math.Ceiling(Budget.TotalSeconds);
        await command.ExecuteScalarAsync(cancellationToken);
    }

    private DbConnection NewConnection() => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteConnection(connectionString),
        DatabaseProvider.Postgres => new NpgsqlConnection(connectionString),
        DatabaseProvider.SqlServer => new SqlConnection(connectionString),
        _ => throw new InvalidOperationException($"unknown provider {provider}"),
    };
}

/// <summary>Readiness: unhealthy when the database does not answer a trivial query within <see cref="DatabaseProbe.Budget"/>.</summary>
/// <remarks>The failure is logged here, as one warning line; the framework's own error line per unhealthy probe is filtered out (appsettings).</remarks>
internal sealed class DatabaseHealthCheck(DatabaseProbe probe, ILogger<DatabaseHealthCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (ok, detail) = await probe.PingAsync(DatabaseProbe.Budget, cancellationToken);
        if (!ok)
        {
            logger.LogWarning("Readiness: {Detail}", detail);
        }

        return ok ? HealthCheckResult.Healthy(detail) : HealthCheckResult.Unhealthy(detail);
    }
}

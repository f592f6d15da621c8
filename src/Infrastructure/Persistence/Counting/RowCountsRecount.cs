using CastingAgency.Domain.Entities;
using CastingAgency.Infrastructure.Persistence.Visibility;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CastingAgency.Infrastructure.Persistence.Counting;

/// <summary>
/// Sets every row of <c>row_counts</c> to the count of the rows it counts (ADR-011; docs/operations.md, "Recounting
/// totals"): the repair for what the triggers cannot see, such as SQL Server's TRUNCATE, a bulk copy without
/// FIRE_TRIGGERS, a restore of <c>row_counts</c> alone or a hand edit. The same LINQ on every provider, and safe while
/// the API writes: each row is locked, then counted in a statement of its own, then set, in one short transaction.
/// </summary>
public sealed class RowCountsRecount(CastingAgencyDbContext context)
{
    /// <summary>The command line argument that runs it: <c>dotnet run --project src/WebApi -- recount-counts</c>.</summary>
    public const string Command = "recount-counts";

    /// <summary>A row that was wrong: what it held and what it now holds.</summary>
    public sealed record Correction(string Name, long Was, long Now);

    /// <summary>Runs the recount for the command line: logs each corrected row; 0 when done, 1 when it failed.</summary>
    public static async Task<int> RunCommandAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var logger = scope.ServiceProvider.GetRequiredService<ILogger<RowCountsRecount>>();
        try
        {
            var recount = new RowCountsRecount(scope.ServiceProvider.GetRequiredService<CastingAgencyDbContext>());
            var corrections = await recount.RunAsync(cancellationToken);
            foreach (var c in corrections)
            {
                logger.LogWarning("Recount: {Name} held {Was}, now {Now}", c.Name, c.Was, c.Now);
            }

            logger.LogInformation("Recount done: {Corrected} row(s) of {Table} corrected", corrections.Count, RowCounts.TableName);
            return 0;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogCritical("Recount failed: {Reason}", DatabaseErrors.Describe(ex));
            return 1;
        }
    }

    /// <summary>Recounts every maintained row, in name order; returns the rows that were wrong.</summary>
    public async Task<IReadOnlyList<Correction>> RunAsync(CancellationToken cancellationToken)
    {
        var corrections = new List<Correction>();
        foreach (var (name, count) in Rows().OrderBy(r => r.Name, StringComparer.Ordinal))
        {
            var correction = await context.Database.CreateExecutionStrategy().ExecuteAsync(
                (name, count),
                async (_, row, ct) => await RecountAsync(row.name, row.count, ct),
                null,
                cancellationToken);
            if (correction is not null)
            {
                corrections.Add(correction);
            }
        }

        return corrections;
    }

    private async Task<Correction?> RecountAsync(string name, Func<CancellationToken, Task<long>> count, CancellationToken cancellationToken)
    {
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var row = context.Set<RowCount>().Where(r => r.Name == name);

        // The rows (every slot of the count) first: a writer that changes them from now on waits for this commit at its
        // trigger (its own rows are not committed yet, so the count below does not see them, and its trigger adds them
        // after). The count is a statement of its own, so under READ COMMITTED it sees every writer that changed a slot
        // before. The count goes to slot 0, the other slots to 0.
        if (await row.ExecuteUpdateAsync(s => s.SetProperty(r => r.N, r => r.N), cancellationToken) == 0)
        {
            return null; // no row to keep: the reads count instead (RowCounts.CountActorsAsync)
        }

        var was = await row.SumAsync(r => r.N, cancellationToken);
        var now = await count(cancellationToken);
        if (now != was)
        {
            await row.ExecuteUpdateAsync(s => s.SetProperty(r => r.N, r => r.Slot == 0 ? now : 0), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return now == was ? null : new Correction(name, was, now);
    }

    /// <summary>Every maintained row and how to count it: the counted tables and the actors' groups.</summary>
    private IEnumerable<(string Name, Func<CancellationToken, Task<long>> Count)> Rows()
    {
        string Table<T>() => context.Model.FindEntityType(typeof(T))!.GetTableName()!;
        // Every row, whoever runs the recount: the counts are of the tables, not of one caller's view (ADR-015).
        yield return (Table<Movie>(), ct => context.Movies.IgnoreQueryFilters(ProductionVisibility.Filters).LongCountAsync(ct));
        yield return (Table<Actor>(), ct => context.Actors.LongCountAsync(ct));
        yield return (Table<Role>(), ct => context.Roles.IgnoreQueryFilters(ProductionVisibility.Filters).LongCountAsync(ct));
        yield return (Table<AuditRecord>(), ct => context.Set<AuditRecord>().IgnoreQueryFilters(ProductionVisibility.Filters).LongCountAsync(ct));
        yield return (RowCounts.ConfidentialMovies, ct => context.Movies.IgnoreQueryFilters(ProductionVisibility.Filters).LongCountAsync(m => m.Confidential, ct));
        yield return (RowCounts.RolesOfConfidentialMovies, ct => context.Roles.IgnoreQueryFilters(ProductionVisibility.Filters)
            .LongCountAsync(r => context.Movies.IgnoreQueryFilters(ProductionVisibility.Filters).Any(m => m.Id == r.MovieId && m.Confidential), ct));
        foreach (var (gender, age, name) in RowCounts.ActorGroups())
        {
            yield return (name, ct => context.Actors.LongCountAsync(a => a.Gender == gender && a.Age == age, ct));
        }
    }
}

using System.Runtime.ExceptionServices;
using CastingAgency.Application.Common.Idempotency;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CastingAgency.Infrastructure.Idempotency;

/// <summary>
/// <see cref="IIdempotencyStore"/> on the request's own <see cref="CastingAgencyDbContext"/>. The claim is an
/// INSERT that cannot fail on the unique (caller, key) index (<c>ON CONFLICT DO NOTHING</c>; SQL Server: a
/// locked <c>NOT EXISTS</c>), so a lost race is an ordinary "0 rows" and logs no database error. The request
/// then runs in one transaction that also completes the record: its writes and its stored response commit
/// together, so a crash at any point leaves either both or neither (ADR-009).
/// </summary>
internal sealed class IdempotencyStore(
    CastingAgencyDbContext context,
    TimeProvider time,
    IOptions<IdempotencyOptions> options,
    ILogger<IdempotencyStore> logger) : IIdempotencyStore
{
    private const int MaxClaimAttempts = 3;
    private const int StatusCodesOk = 200;

    /// <summary>How long releasing a claim may take after the database failed: it answers fast or not at all.</summary>
    private static readonly TimeSpan ReleaseBudget = TimeSpan.FromSeconds(1);

    // When the lease of this request's claim ends (a scoped store serves one request).
    private DateTime? _leaseEndsAt;

    private DbSet<IdempotencyRecord> Records => context.Set<IdempotencyRecord>();

    public Task<IdempotencyClaimResult> ClaimAsync(IdempotencyRequest request, CancellationToken cancellationToken)
    {
        // One token per claim attempt: if a retried INSERT had in fact committed, the row found carries our token.
        var token = Guid.NewGuid().ToString("N");
        return context.Database.CreateExecutionStrategy()
            .ExecuteAsync(ct => ClaimOnceAsync(request, token, ct), cancellationToken);
    }

    public async Task<IdempotencyExecution> ExecuteAsync(
        IdempotencyClaim claim, Func<CancellationToken, Task<StoredResponse?>> work, CancellationToken cancellationToken)
    {
        // The documented pattern for a user transaction under a (retrying) execution strategy. The operation never
        // throws (its failure is captured and rethrown below), so the strategy never runs the request twice; inside
        // it, EF runs the handler's SaveChanges without retries of its own.
        var (outcome, failure) = await context.Database.CreateExecutionStrategy()
            .ExecuteAsync(ct => RunInTransactionAsync(claim, work, ct), cancellationToken);
        if (outcome == IdempotencyExecution.Completed)
        {
            return outcome;
        }

        var exception = failure?.SourceException;
        if (!DatabaseErrors.IsUnavailable(exception))
        {
            await ReleaseAsync(claim, CancellationToken.None);
            failure?.Throw();
            return outcome;
        }

        // An outage. A refused or lost connection fails fast, so one bounded try to release the claim keeps the 503
        // inside its 10 s bound; after a timeout the database is not answering and the try is skipped. If the claim
        // stays, the answer says when the lease lets the client's keyed retry take it over.
        var released = false;
        if (DatabaseErrors.Classify(exception) == DatabaseErrorKind.Unavailable)
        {
            using var budget = new CancellationTokenSource(ReleaseBudget);
            released = await ReleaseAsync(claim, budget.Token);
        }

        if (released)
        {
            failure!.Throw();
        }

        var retryAfter = _leaseEndsAt is { } end && end > Now() ? end - Now() : TimeSpan.Zero;
        throw new DatabaseUnavailableException(
            "the database failed during an idempotent request; its key is held until the lease ends", exception, retryAfter);
    }

    private async Task<IdempotencyClaimResult> ClaimOnceAsync(IdempotencyRequest request, string token, CancellationToken cancellationToken)
    {
        var claim = new IdempotencyClaim(request, token);
        for (var attempt = 0; attempt < MaxClaimAttempts; attempt++)
        {
            var now = Now();
            if (await TryInsertAsync(request, token, now, cancellationToken))
            {
                _leaseEndsAt = now + options.Value.Lease;
                return new IdempotencyClaimResult(IdempotencyClaimOutcome.Claimed, claim);
            }

            var existing = await Records.AsNoTracking()
                .Where(r => r.Caller == request.Caller && r.IdempotencyKey == request.Key)
                .FirstOrDefaultAsync(cancellationToken);
            if (existing is null)
            {
                continue; // released or cleaned up between the INSERT and the read: claim again
            }

            if (existing.ClaimToken == token)
            {
                _leaseEndsAt = existing.LockedUntil;
                return new IdempotencyClaimResult(IdempotencyClaimOutcome.Claimed, claim);
            }

            if (existing.ExpiresAt <= now)
            {
                // Past retention: as if absent. Delete it (only if still expired) and claim again.
                await Records.Where(r => r.Id == existing.Id && r.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
                logger.LogDebug("Idempotency key record {Id} had expired; replaced", existing.Id);
                continue;
            }

            if (!string.Equals(existing.Fingerprint, request.Fingerprint, StringComparison.Ordinal))
            {
                return new IdempotencyClaimResult(IdempotencyClaimOutcome.FingerprintMismatch);
            }

            if (existing.State == IdempotencyState.Completed)
            {
                return new IdempotencyClaimResult(IdempotencyClaimOutcome.Replay, Response: new StoredResponse(
                    existing.ResponseStatus ?? StatusCodesOk,
                    existing.ResponseBody ?? [],
                    existing.ResponseContentType,
                    existing.ResponseLocation,
                    existing.ResponseETag));
            }

            if (existing.LockedUntil > now)
            {
                logger.LogDebug("Idempotency key record {Id} is held by a request still running", existing.Id);
                return new IdempotencyClaimResult(IdempotencyClaimOutcome.InProgress);
            }

            // The attempt holding the claim died (its lease ran out and it never completed, so its transaction wrote
            // nothing). Take over with a compare-and-swap on its token: of several takers exactly one wins.
            var previousToken = existing.ClaimToken;
            var taken = await Records
                .Where(r => r.Id == existing.Id && r.State == IdempotencyState.InProgress
                    && r.ClaimToken == previousToken && r.LockedUntil <= now)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(r => r.ClaimToken, token)
                        .SetProperty(r => r.LockedUntil, now + options.Value.Lease)
                        .SetProperty(r => r.ExpiresAt, now + options.Value.Retention),
                    cancellationToken);
            if (taken == 1)
            {
                _leaseEndsAt = now + options.Value.Lease;
                logger.LogInformation("Idempotency key record {Id}: took over the claim of an attempt whose lease expired", existing.Id);
                return new IdempotencyClaimResult(IdempotencyClaimOutcome.Claimed, claim);
            }
        }

        return new IdempotencyClaimResult(IdempotencyClaimOutcome.InProgress);
    }

    private async Task<(IdempotencyExecution Outcome, ExceptionDispatchInfo? Failure)> RunInTransactionAsync(
        IdempotencyClaim claim, Func<CancellationToken, Task<StoredResponse?>> work, CancellationToken cancellationToken)
    {
        IDbContextTransaction? transaction = null;
        try
        {
            transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            var response = await work(cancellationToken);
            if (response is null)
            {
                await RollbackAsync(transaction);
                return (IdempotencyExecution.RolledBack, null);
            }

            var request = claim.Request;
            var completed = await Records
                .Where(r => r.Caller == request.Caller && r.IdempotencyKey == request.Key
                    && r.ClaimToken == claim.Token && r.State == IdempotencyState.InProgress)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(r => r.State, IdempotencyState.Completed)
                        .SetProperty(r => r.ResponseStatus, response.StatusCode)
                        .SetProperty(r => r.ResponseBody, response.Body)
                        .SetProperty(r => r.ResponseContentType, Truncate(response.ContentType))
                        .SetProperty(r => r.ResponseLocation, Truncate(response.Location))
                        .SetProperty(r => r.ResponseETag, Truncate(response.ETag)),
                    cancellationToken);
            if (completed != 1)
            {
                // Our lease ran out and another attempt took the key over: keep nothing, that attempt answers.
                logger.LogWarning("Idempotency claim lost to another attempt after its lease expired; the request was rolled back");
                await RollbackAsync(transaction);
                return (IdempotencyExecution.ClaimLost, null);
            }

            // Decided: commit even if the client has gone away meanwhile.
            await transaction.CommitAsync(CancellationToken.None);
            return (IdempotencyExecution.Completed, null);
        }
        catch (Exception ex)
        {
            // Judged before the transaction is disposed (which closes the connection it opened).
            var failure = ConnectionLost(ex, transaction);
            context.ChangeTracker.Clear();
            return (IdempotencyExecution.RolledBack, ExceptionDispatchInfo.Capture(failure));
        }
        finally
        {
            await DisposeQuietlyAsync(transaction);
        }
    }

    /// <summary>Disposing a transaction whose connection broke must not replace the failure being answered.</summary>
    private async Task DisposeQuietlyAsync(IDbContextTransaction? transaction)
    {
        if (transaction is null)
        {
            return;
        }

        try
        {
            await transaction.DisposeAsync();
        }
        catch (Exception ex) when (DatabaseErrors.Classify(ex) != DatabaseErrorKind.Unknown || ex is InvalidOperationException)
        {
            logger.LogDebug("Disposing a failed transaction failed too ({Kind})", DatabaseErrors.Classify(ex));
        }
    }

    /// <summary>
    /// A failure the driver did not report as a database error, seen while the connection was no longer open (the
    /// server closed it: the transaction was completed under us), is an outage, not a bug.
    /// </summary>
    private Exception ConnectionLost(Exception exception, IDbContextTransaction? transaction)
    {
        var open = context.Database.GetDbConnection().State == System.Data.ConnectionState.Open
            && transaction?.GetDbTransaction().Connection is not null;
        if (transaction is null || open || DatabaseErrors.Classify(exception) != DatabaseErrorKind.Unknown)
        {
            return exception;
        }

        return new DatabaseUnavailableException("the connection to the database was lost during the request", exception);
    }

    private async Task RollbackAsync(IDbContextTransaction transaction)
    {
        await transaction.RollbackAsync(CancellationToken.None);
        context.ChangeTracker.Clear();
    }

    /// <summary>Deletes our in-progress claim so that a retry runs again. Never a completed record (a commit whose
    /// acknowledgement was lost may have completed it), never another attempt's claim. False if it could not.</summary>
    private async Task<bool> ReleaseAsync(IdempotencyClaim claim, CancellationToken cancellationToken)
    {
        var request = claim.Request;
        try
        {
            await context.Database.CreateExecutionStrategy().ExecuteAsync(
                ct => Records
                    .Where(r => r.Caller == request.Caller && r.IdempotencyKey == request.Key
                        && r.ClaimToken == claim.Token && r.State == IdempotencyState.InProgress)
                    .ExecuteDeleteAsync(ct),
                cancellationToken);
            return true;
        }
        catch (Exception ex)
        {
            // The claim stays until its lease runs out; then a retry takes it over. During an outage the request's own
            // 503 line is the record (one line per failed request), so this one is Debug then.
            logger.Log(
                DatabaseErrors.IsUnavailable(ex) || ex is OperationCanceledException ? LogLevel.Debug : LogLevel.Warning,
                "Could not release an idempotency claim ({Kind}); it expires with its lease",
                DatabaseErrors.Classify(ex));
            return false;
        }
    }

    private async Task<bool> TryInsertAsync(IdempotencyRequest request, string token, DateTime now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        object[] values =
        [
            request.Caller, request.Key, request.Fingerprint, nameof(IdempotencyState.InProgress), token,
            now + settings.Lease, now, now + settings.Retention,
        ];
        var rows = await context.Database.ExecuteSqlRawAsync(InsertSql(), values, cancellationToken);
        return rows == 1;
    }

    /// <summary>
    /// The claim's INSERT, built from the model's table and column names with the provider's quoting. It never
    /// violates the unique index: a row already there means "0 rows affected", not an error (so no error log).
    /// </summary>
    private string InsertSql()
    {
        var entity = context.Model.FindEntityType(typeof(IdempotencyRecord))!;
        var sql = context.GetService<ISqlGenerationHelper>();
        var table = sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
        var identifier = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(identifier)!);

        string[] columns =
        [
            Column(nameof(IdempotencyRecord.Caller)), Column(nameof(IdempotencyRecord.IdempotencyKey)),
            Column(nameof(IdempotencyRecord.Fingerprint)), Column(nameof(IdempotencyRecord.State)),
            Column(nameof(IdempotencyRecord.ClaimToken)), Column(nameof(IdempotencyRecord.LockedUntil)),
            Column(nameof(IdempotencyRecord.CreatedAt)), Column(nameof(IdempotencyRecord.ExpiresAt)),
        ];
        var columnList = string.Join(", ", columns);
        var values = string.Join(", ", Enumerable.Range(0, columns.Length).Select(i => $"{{{i}}}"));
        if (context.Database.IsSqlServer())
        {
            // UPDLOCK + HOLDLOCK lock the key range, so two concurrent claims serialize instead of both inserting.
            return $"INSERT INTO {table} ({columnList}) SELECT {values} WHERE NOT EXISTS "
                + $"(SELECT 1 FROM {table} WITH (UPDLOCK, HOLDLOCK) WHERE {columns[0]} = {{0}} AND {columns[1]} = {{1}})";
        }

        // PostgreSQL and SQLite (3.24+).
        return $"INSERT INTO {table} ({columnList}) VALUES ({values}) ON CONFLICT ({columns[0]}, {columns[1]}) DO NOTHING";
    }

    private static string? Truncate(string? value) =>
        value is { Length: > IdempotencyRecord.HeaderMaxLength } ? value[..IdempotencyRecord.HeaderMaxLength] : value;

    private DateTime Now() => time.GetUtcNow().UtcDateTime;
}

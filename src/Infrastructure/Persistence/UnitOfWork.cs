using CastingAgency.Application.Common;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Domain.Entities;
using CastingAgency.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CastingAgency.Infrastructure.Persistence;

/// <summary>
/// One SaveChanges per use case, with its audit records in the same transaction (ADR-016), retried whole by the
/// execution strategy on a transient fault. A lost race becomes an application exception, so the API answers 409/412
/// and logs one line without SQL; an outage propagates and is answered 503 by the exception handler.
/// </summary>
internal sealed class UnitOfWork(CastingAgencyDbContext context, AuditTrail audit, IOptions<AuditOptions> options, ILogger<UnitOfWork> logger)
    : IUnitOfWork
{
    public async Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (options.Value.Enabled && await AuditTrail.PrepareAsync(context, cancellationToken))
            {
                var pending = await audit.StageAsync(context, cancellationToken);
                if (pending is { Count: 0 })
                {
                    // An update or delete with one record (or none): it rides in the save's own batch and transaction.
                    await context.SaveChangesAsync(cancellationToken);
                }
                else
                {
                    await SaveWithTrailAsync(pending, cancellationToken);
                }
            }
            else
            {
                await context.SaveChangesAsync(cancellationToken);
            }
        }
        catch (DbUpdateConcurrencyException ex)
        {
            var entity = EntityName(ex);
            context.ChangeTracker.Clear();
            logger.LogInformation("Write refused: a concurrent request changed or deleted the {Entity} first", entity);
            throw new ConcurrencyException("the resource was changed or deleted by another request; read it again and retry", ex);
        }
        catch (DbUpdateException ex) when (DatabaseErrors.Classify(ex) is var kind
            && kind is DatabaseErrorKind.UniqueViolation or DatabaseErrorKind.ForeignKeyViolation)
        {
            // Each table has one unique index, so the entity that was refused names the rule (no message text is read).
            var detail = kind == DatabaseErrorKind.ForeignKeyViolation
                ? "a referenced movie or actor no longer exists"
                : UniqueKeys.MessageFor(ex.Entries.Count > 0 ? ex.Entries[0].Entity : null) ?? "the write conflicts with stored data";
            var entity = EntityName(ex);
            context.ChangeTracker.Clear();
            logger.LogInformation("Write refused: {Kind} on {Entity} (a concurrent request won the race)", kind, entity);
            throw new ConflictException(detail, ex);
        }
    }

    /// <summary>
    /// The changes, then their audit records (built before the save when given, else now: the ids of new rows are known
    /// once they are written), then the commit: all
    /// or nothing, a process killed midway included. The changes are accepted only after the commit, so a retried attempt
    /// writes them again. Inside the caller's transaction (an idempotent POST) the caller commits.
    /// </summary>
    private Task SaveWithTrailAsync(IReadOnlyList<AuditRecord>? records, CancellationToken cancellationToken) =>
        context.Database.CreateExecutionStrategy().ExecuteAsync(
            async ct =>
            {
                var own = context.Database.CurrentTransaction is null ? await context.Database.BeginTransactionAsync(ct) : null;
                try
                {
                    await context.SaveChangesAsync(acceptAllChangesOnSuccess: false, ct);
                    if (records is null)
                    {
                        await audit.WriteAsync(context, ct);
                    }
                    else
                    {
                        await AuditTrail.InsertAsync(context, records, ct);
                    }
                    if (own is not null)
                    {
                        await own.CommitAsync(ct);
                    }
                }
                finally
                {
                    if (own is not null)
                    {
                        await own.DisposeAsync();
                    }
                }

                context.ChangeTracker.AcceptAllChanges();
            },
            cancellationToken);

    private static string EntityName(DbUpdateException ex) =>
        ex.Entries.Count > 0 ? ex.Entries[0].Metadata.ClrType.Name.ToLowerInvariant() : "row";
}

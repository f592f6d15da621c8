using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CastingAgency.Infrastructure.Persistence.Configurations;

internal static class CountTriggers
{
    /// <summary>
    /// Declares the triggers that keep a counted table's rows of <c>row_counts</c> (created by migrations
    /// <c>CountRowsByTriggers</c> and <c>StripeCountsAndCountConfidential</c>, ADR-011), so that EF Core writes to the
    /// table in a way triggers allow (SQL Server: no OUTPUT without INTO; SQLite: no RETURNING that would miss their
    /// effects). <paramref name="onUpdate"/>: an update can move a row between counts (an actor's group, a movie made
    /// confidential, a role moved to another movie).
    /// </summary>
    public static void HasCountTriggers<TEntity>(this TableBuilder<TEntity> table, bool onUpdate = false)
        where TEntity : class
    {
        table.HasTrigger($"{table.Name}_count_insert");
        table.HasTrigger($"{table.Name}_count_delete");
        if (onUpdate)
        {
            table.HasTrigger($"{table.Name}_count_update");
        }
    }
}

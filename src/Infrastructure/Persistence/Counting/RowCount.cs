namespace CastingAgency.Infrastructure.Persistence.Counting;

/// <summary>
/// One row of <c>row_counts</c>: a slot of a count (ADR-011). A count is the sum of its slots. A busy count (a table's
/// total, the confidential counts) has <see cref="RowCounts.Slots"/> of them, so that concurrent writers add to
/// different rows instead of queueing on one; the actors' groups have slot 0 only.
/// </summary>
public sealed class RowCount
{
    public string Name { get; set; } = string.Empty;

    public short Slot { get; set; }

    public long N { get; set; }
}

namespace CastingAgency.Infrastructure.Persistence.Counting;

/// <summary>One row of <c>row_counts</c>: the number of rows of a counted table (ADR-011).</summary>
public sealed class RowCount
{
    public string Name { get; set; } = string.Empty;

    public long N { get; set; }
}

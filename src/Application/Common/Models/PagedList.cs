namespace CastingAgency.Application.Common.Models;

/// <summary>
/// One page of a list: the true total of matching items (null when the caller asked for none), the page number
/// (null when read by cursor) and the cursor of the next page (null on the last page).
/// </summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int? Total, int? Page, int PageSize, string? NextCursor = null);

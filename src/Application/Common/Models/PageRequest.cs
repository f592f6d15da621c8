namespace CastingAgency.Application.Common.Models;

/// <summary>Paging and sorting of a list request (docs/api.md §5). Null means the default.</summary>
public sealed record PageRequest(int? Page = null, int? PageSize = null, string? Sort = null, string? Cursor = null, bool? IncludeTotal = null)
{
    public const int DefaultPageSize = 10;
    public const int MaxPageSize = 100;

    public int PageOrDefault => Page ?? 1;

    public int PageSizeOrDefault => PageSize ?? DefaultPageSize;

    public bool IncludeTotalOrDefault => IncludeTotal ?? true;
}

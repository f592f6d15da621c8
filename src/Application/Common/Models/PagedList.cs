namespace CastingAgency.Application.Common.Models;

/// <summary>One page of a list and the true total of matching items.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

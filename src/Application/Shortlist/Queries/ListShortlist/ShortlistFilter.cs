using System.ComponentModel;
using CastingAgency.Application.Common.Models;
using CastingAgency.Domain.Entities;

namespace CastingAgency.Application.Shortlist.Queries.ListShortlist;

/// <summary>The filters of <c>GET /roles/{id}/shortlist</c> (docs/api.md §9); they combine with AND.</summary>
public sealed record ShortlistFilter : ISortedList<ShortlistEntry>
{
    /// <summary>The sortable fields (docs/api.md §5).</summary>
    public static SortMap<ShortlistEntry> Sorting { get; } = new SortMap<ShortlistEntry>(e => e.Id)
        .Add("created_at", e => e.CreatedAt)
        .Add("status", e => e.Status);

    [Description("Entries in any of these statuses (repeat the parameter).")]
    public string[]? Status { get; init; }

    [Description("The entry of this actor.")]
    public int? ActorId { get; init; }

    [Description("Any of these ids (repeatable, at most 100).")]
    public IReadOnlyList<int>? Id { get; init; }
}

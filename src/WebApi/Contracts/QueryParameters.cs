using System.ComponentModel;
using CastingAgency.Application.Common.Models;
using Microsoft.AspNetCore.Mvc;

namespace CastingAgency.WebApi.Contracts;

/// <summary>
/// Paging and sorting shared by every list (docs/api.md §5). The filters are bound straight to the Application's
/// filter records (<see cref="Conventions.SnakeCaseQueryNames"/>); only these belong to no resource.
/// </summary>
public sealed class PageParameters
{
    [FromQuery(Name = "page")]
    [Description("1-based page number (default 1). A page past the end is an empty list with the true total.")]
    public int? Page { get; set; }

    [FromQuery(Name = "page_size")]
    [Description("Items per page, 1–100 (default 10).")]
    public int? PageSize { get; set; }

    [FromQuery(Name = "sort")]
    [Description("Comma list of fields, '-' for descending (e.g. -release_date,title); default id. Ties are broken by id.")]
    public string? Sort { get; set; }

    [FromQuery(Name = "cursor")]
    [Description("The next_cursor of the previous page: continues after its last item (same filters, sort and page_size; not with page).")]
    public string? Cursor { get; set; }

    [FromQuery(Name = "include_total")]
    [Description("false: skip counting (total is then null). Default true.")]
    public bool? IncludeTotal { get; set; }

    public PageRequest ToPageRequest() => new(Page, PageSize, Sort, Cursor, IncludeTotal);
}

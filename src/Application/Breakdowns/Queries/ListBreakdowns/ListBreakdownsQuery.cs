using CastingAgency.Application.Breakdowns.Dtos;
using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Common.Validation;
using FluentValidation;
using MediatR;

namespace CastingAgency.Application.Breakdowns.Queries.ListBreakdowns;

/// <summary><c>GET /breakdowns</c>: the open breakdowns, newest published first unless <c>sort</c> says otherwise.</summary>
public sealed record ListBreakdownsQuery(BreakdownFilter Filter, PageRequest Paging) : IRequest<PagedList<BreakdownDto>>;

public sealed class ListBreakdownsQueryValidator : AbstractValidator<ListBreakdownsQuery>
{
    public ListBreakdownsQueryValidator()
    {
        this.Paging(q => q.Paging);
        RuleFor(q => q.Paging.Sort).Sort(BreakdownFilter.Sorting).OverridePropertyName("sort");
        RuleFor(q => q.Filter).SetValidator(new BreakdownFilterValidator());
    }
}

public sealed class ListBreakdownsQueryHandler(IBreakdownQueries queries) : IRequestHandler<ListBreakdownsQuery, PagedList<BreakdownDto>>
{
    public Task<PagedList<BreakdownDto>> Handle(ListBreakdownsQuery request, CancellationToken cancellationToken) =>
        queries.ListAsync(
            request.Filter,
            string.IsNullOrWhiteSpace(request.Paging.Sort) ? request.Paging with { Sort = BreakdownFilter.DefaultSort } : request.Paging,
            cancellationToken);
}

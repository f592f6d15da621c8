using AutoMapper;
using AutoMapper.QueryableExtensions;
using CastingAgency.Application.Actors.Dtos;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using MediatR;

namespace CastingAgency.Application.Actors.Queries.ListActors;

public sealed record ListActorsQuery(ActorFilter Filter, PageRequest Paging) : IRequest<PagedList<ActorDto>>;

public sealed class ListActorsQueryHandler(IActorRepository actors, IQueryRunner runner, IMapper mapper)
    : IRequestHandler<ListActorsQuery, PagedList<ActorDto>>
{
    public Task<PagedList<ActorDto>> Handle(ListActorsQuery request, CancellationToken cancellationToken) =>
        runner.ToPageAsync(
            request.Filter.Apply(actors.Query()),
            q => ActorSorting.Map.Apply(q, request.Paging.Sort).ProjectTo<ActorDto>(mapper.ConfigurationProvider),
            request.Paging,
            cancellationToken);
}

using AutoMapper;
using CastingAgency.Application.Actors.Dtos;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using CastingAgency.Domain.Entities;
using MediatR;

namespace CastingAgency.Application.Actors.Queries.ListActors;

public sealed record ListActorsQuery(ActorFilter Filter, PageRequest Paging) : IRequest<PagedList<ActorDto>>;

public sealed class ListActorsQueryHandler(IActorRepository actors, IQueryRunner runner, IMapper mapper, ListReader? lists = null)
    : IRequestHandler<ListActorsQuery, PagedList<ActorDto>>
{
    public Task<PagedList<ActorDto>> Handle(ListActorsQuery request, CancellationToken cancellationToken) =>
        (lists ?? ListReader.Ephemeral).ReadAsync<Actor, ActorDto>(
            runner, mapper.ConfigurationProvider, "actors", request.Filter, request.Filter.Apply(actors.Query()), ActorFilter.Sorting,
            request.Paging, countable: true, cancellationToken, byIds: actors.Query());
}

using CastingAgency.Application.Actors.Dtos;
using CastingAgency.Application.Common.Models;
using MediatR;

namespace CastingAgency.Application.Actors.Queries.ListActors;

public sealed record ListActorsQuery(ActorFilter Filter, PageRequest Paging) : IRequest<PagedList<ActorDto>>, IFiltersActors;

public sealed class ListActorsQueryHandler(IActorQueries queries) : IRequestHandler<ListActorsQuery, PagedList<ActorDto>>
{
    public Task<PagedList<ActorDto>> Handle(ListActorsQuery request, CancellationToken cancellationToken) =>
        queries.ListAsync(request.Filter, request.Paging, cancellationToken);
}

using CastingAgency.Application.Actors.Dtos;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using MediatR;

namespace CastingAgency.Application.Actors.Queries.GetActor;

public sealed record GetActorQuery(int Id) : IRequest<ActorDetailDto>;

public sealed class GetActorQueryHandler(IActorRepository actors)
    : IRequestHandler<GetActorQuery, ActorDetailDto>
{
    public async Task<ActorDetailDto> Handle(GetActorQuery request, CancellationToken cancellationToken) =>
        await actors.GetAsync<ActorDetailDto>(request.Id, cancellationToken)
        ?? throw new NotFoundException("actor", request.Id);
}

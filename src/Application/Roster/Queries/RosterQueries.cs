using CastingAgency.Application.Actors;
using CastingAgency.Application.Actors.Dtos;
using CastingAgency.Application.Actors.Queries;
using CastingAgency.Application.Actors.Queries.ListActors;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Common.Validation;
using FluentValidation;
using MediatR;

namespace CastingAgency.Application.Roster.Queries;

// The roster is the actor feature seen by one agency (contract §13): the same filters, paging, fields and writes
// (the actor commands, scoped by ActorFields.Agency), reaching only the actors whose agency_id is the caller's.

/// <summary><c>GET /roster</c>: the agency's actors, with the filters and paging of <c>GET /actors</c>.</summary>
public sealed record ListRosterQuery(string Agency, ActorFilter Filter, PageRequest Paging) : IRequest<PagedList<ActorDto>>, IAgencyScoped;

public sealed class ListRosterQueryValidator : AbstractValidator<ListRosterQuery>
{
    public ListRosterQueryValidator()
    {
        this.Paging(q => q.Paging);
        RuleFor(q => q.Paging.Sort).Sort(ActorFilter.Sorting).OverridePropertyName("sort");
        RuleFor(q => q.Filter).SetValidator(new ActorFilterValidator());
    }
}

public sealed class ListRosterQueryHandler(IActorQueries queries) : IRequestHandler<ListRosterQuery, PagedList<ActorDto>>
{
    public Task<PagedList<ActorDto>> Handle(ListRosterQuery request, CancellationToken cancellationToken) =>
        queries.ListRosterAsync(request.Agency, request.Filter, request.Paging, cancellationToken);
}

/// <summary><c>GET /roster/{id}</c>: one of the agency's actors; any other id does not exist for the agency.</summary>
public sealed record GetRosterActorQuery(string Agency, int Id) : IRequest<ActorDto>, IAgencyScoped;

public sealed class GetRosterActorQueryHandler(IActorQueries queries) : IRequestHandler<GetRosterActorQuery, ActorDto>
{
    public async Task<ActorDto> Handle(GetRosterActorQuery request, CancellationToken cancellationToken) =>
        await queries.GetOnRosterAsync(request.Agency, request.Id, cancellationToken) ?? throw new NotFoundException("actor", request.Id);
}

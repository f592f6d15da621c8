using CastingAgency.Application.Actors.Commands.CreateActor;
using CastingAgency.Application.Actors.Commands.UpdateActor;
using CastingAgency.Application.Actors.Queries.ListActors;
using CastingAgency.Application.Roster.Queries;
using CastingAgency.WebApi.Authorization;
using CastingAgency.WebApi.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CastingAgency.WebApi.Controllers;

/// <summary>
/// A talent agency's roster (contract §13): its own actors, through the actor feature scoped to the token's
/// <c>org_id</c>. Any other actor's id is 404; <c>agency_id</c> is not writable here.
/// </summary>
[Route("roster")]
[Tags("Roster")]
public sealed class RosterController(IMediator mediator) : ApiControllerBase(mediator)
{
    /// <summary>The agency's actors, with the filters, sorting and paging of GET /actors.</summary>
    [HttpGet(Name = "listRoster")]
    [Authorize(Policy = Permissions.ManageRoster)]
    [ProducesResponseType<ActorListResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<ActorListResponse>> List([FromQuery] ActorFilter filter, [FromQuery] PageParameters paging, CancellationToken cancellationToken)
    {
        var page = await Mediator.Send(new ListRosterQuery(Agency, filter, paging.ToPageRequest()), cancellationToken);
        return new ActorListResponse(true, page.Items, page.Total, page.Page, page.PageSize, page.NextCursor);
    }

    /// <summary>One of the agency's actors.</summary>
    [HttpGet("{id:int}", Name = "getRosterActor")]
    [Authorize(Policy = Permissions.ManageRoster)]
    [ProducesResponseType<ActorResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    public async Task<ActionResult<ActorResponse>> Get(int id, CancellationToken cancellationToken)
    {
        var actor = await Mediator.Send(new GetRosterActorQuery(Agency, id), cancellationToken);
        return OkWithETag(new ActorResponse(true, actor), actor.Version);
    }

    /// <summary>Add an actor to the agency's roster (an actor body, as POST /actors; agency_id is the caller's).</summary>
    [HttpPost(Name = "createRosterActor")]
    [Authorize(Policy = Permissions.ManageRoster)]
    [Consumes("application/json")]
    [ProducesResponseType<ActorCreatedResponse>(StatusCodes.Status201Created)]
    public async Task<ActionResult<ActorCreatedResponse>> Create([FromBody] CreateActorCommand command, CancellationToken cancellationToken)
    {
        var actor = await Mediator.Send(command with { Agency = Agency }, cancellationToken);
        return CreatedWithETag("getRosterActor", actor.Id, new ActorCreatedResponse(true, actor, actor.Id), actor.Version);
    }

    /// <summary>Change the properties present in the body, as PATCH /actors (agency_id excepted). Honours If-Match.</summary>
    [HttpPatch("{id:int}", Name = "updateRosterActor")]
    [Authorize(Policy = Permissions.ManageRoster)]
    [Consumes("application/json")]
    [ProducesResponseType<ActorResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<ActorResponse>> Update(int id, [FromBody] UpdateActorCommand command, CancellationToken cancellationToken)
    {
        var actor = await Mediator.Send(command with { Id = id, ExpectedVersion = IfMatchVersion(), Agency = Agency }, cancellationToken);
        SetETag(actor.Version);
        return new ActorResponse(true, actor);
    }

    /// <summary>The agency the token acts for; the policy has already required it.</summary>
    private string Agency => AgencyRequirement.AgencyOf(User) ?? throw new InvalidOperationException("the agency policy lets no token without an agency through");
}

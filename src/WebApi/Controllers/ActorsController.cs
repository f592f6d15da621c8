using CastingAgency.Application.Actors.Commands.CreateActor;
using CastingAgency.Application.Actors.Commands.DeleteActor;
using CastingAgency.Application.Actors.Commands.UpdateActor;
using CastingAgency.Application.Actors.Queries.GetActor;
using CastingAgency.Application.Actors.Queries.ListActors;
using CastingAgency.Application.Roles.Queries.ListActorRoles;
using CastingAgency.WebApi.Authorization;
using CastingAgency.WebApi.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CastingAgency.WebApi.Controllers;

/// <summary>Actors: list, read (with the roles they hold), create, update, delete (their roles stay, uncast).</summary>
[Route("actors")]
[Tags("Actors")]
public sealed class ActorsController(IMediator mediator) : ApiControllerBase(mediator)
{
    /// <summary>List actors with paging, sorting, search and filters.</summary>
    [HttpGet(Name = "listActors")]
    [Authorize(Policy = Permissions.GetActors)]
    [ProducesResponseType<ActorListResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<ActorListResponse>> List([FromQuery] ActorFilter filter, [FromQuery] PageParameters paging, CancellationToken cancellationToken)
    {
        var page = await Mediator.Send(new ListActorsQuery(filter, paging.ToPageRequest()), cancellationToken);
        return new ActorListResponse(true, page.Items, page.Total, page.Page, page.PageSize, page.NextCursor);
    }

    /// <summary>Get one actor with the roles they hold.</summary>
    [HttpGet("{id:int}", Name = "getActor")]
    [Authorize(Policy = Permissions.GetActors)]
    [ProducesResponseType<ActorDetailResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    public async Task<ActionResult<ActorDetailResponse>> Get(int id, CancellationToken cancellationToken)
    {
        var actor = await Mediator.Send(new GetActorQuery(id), cancellationToken);
        return OkWithETag(new ActorDetailResponse(true, actor), actor.Version);
    }

    /// <summary>Create an actor.</summary>
    [HttpPost(Name = "createActor")]
    [Authorize(Policy = Permissions.PostActors)]
    [Consumes("application/json")]
    [ProducesResponseType<ActorCreatedResponse>(StatusCodes.Status201Created)]
    public async Task<ActionResult<ActorCreatedResponse>> Create([FromBody] CreateActorCommand command, CancellationToken cancellationToken)
    {
        var actor = await Mediator.Send(command, cancellationToken);
        return CreatedWithETag("getActor", actor.Id, new ActorCreatedResponse(true, actor, actor.Id), actor.Version);
    }

    /// <summary>
    /// Change the properties present in the body. Honours If-Match. A new age or gender that no longer fits a
    /// role the actor holds is refused with 409.
    /// </summary>
    [HttpPatch("{id:int}", Name = "updateActor")]
    [Authorize(Policy = Permissions.PatchActors)]
    [Consumes("application/json")]
    [ProducesResponseType<ActorResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<ActorResponse>> Update(int id, [FromBody] UpdateActorCommand command, CancellationToken cancellationToken)
    {
        var actor = await Mediator.Send(command with { Id = id, ExpectedVersion = IfMatchVersion() }, cancellationToken);
        SetETag(actor.Version);
        return new ActorResponse(true, actor);
    }

    /// <summary>Delete an actor; the roles they held become open. Honours If-Match.</summary>
    [HttpDelete("{id:int}", Name = "deleteActor")]
    [Authorize(Policy = Permissions.DeleteActors)]
    [ProducesResponseType<DeletedResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<DeletedResponse>> Delete(int id, CancellationToken cancellationToken)
    {
        var deleted = await Mediator.Send(new DeleteActorCommand(id, IfMatchVersion()), cancellationToken);
        return new DeletedResponse(true, deleted);
    }

    /// <summary>The roles an actor holds.</summary>
    [HttpGet("{id:int}/roles", Name = "listActorRoles")]
    [Authorize(Policy = Permissions.GetRoles)]
    [ProducesResponseType<ActorRolesResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<ActorRolesResponse>> ListRoles(int id, CancellationToken cancellationToken)
    {
        var roles = await Mediator.Send(new ListActorRolesQuery(id), cancellationToken);
        return new ActorRolesResponse(true, id, roles);
    }
}

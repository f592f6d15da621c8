using CastingAgency.Application.Actors.Queries.ListActors;
using CastingAgency.Application.Roles.Commands.CreateRole;
using CastingAgency.Application.Roles.Commands.DeleteRole;
using CastingAgency.Application.Roles.Commands.UpdateRole;
using CastingAgency.Application.Roles.Queries.GetRole;
using CastingAgency.Application.Roles.Queries.ListCandidates;
using CastingAgency.Application.Roles.Queries.ListRoles;
using CastingAgency.WebApi.Authorization;
using CastingAgency.WebApi.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CastingAgency.WebApi.Controllers;

/// <summary>Roles: the parts to cast in movies, who holds them, and who could.</summary>
[Route("roles")]
[Tags("Roles")]
public sealed class RolesController(IMediator mediator) : ApiControllerBase(mediator)
{
    /// <summary>List roles with paging, sorting, search and filters.</summary>
    [HttpGet(Name = "listRoles")]
    [Authorize(Policy = Permissions.GetRoles)]
    [ProducesResponseType<RoleListResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<RoleListResponse>> List([FromQuery] RoleFilter filter, [FromQuery] PageParameters paging, CancellationToken cancellationToken)
    {
        var page = await Mediator.Send(new ListRolesQuery(filter, paging.ToPageRequest()), cancellationToken);
        return new RoleListResponse(true, page.Items, page.Total, page.Page, page.PageSize, page.NextCursor);
    }

    /// <summary>Get one role.</summary>
    [HttpGet("{id:int}", Name = "getRole")]
    [Authorize(Policy = Permissions.GetRoles)]
    [ProducesResponseType<RoleResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    public async Task<ActionResult<RoleResponse>> Get(int id, CancellationToken cancellationToken)
    {
        var role = await Mediator.Send(new GetRoleQuery(id), cancellationToken);
        return OkWithETag(new RoleResponse(true, role), role.Version);
    }

    /// <summary>Create a role, optionally cast with an actor who fits it.</summary>
    [HttpPost(Name = "createRole")]
    [Authorize(Policy = Permissions.PostRoles)]
    [Consumes("application/json")]
    [ProducesResponseType<RoleCreatedResponse>(StatusCodes.Status201Created)]
    public async Task<ActionResult<RoleCreatedResponse>> Create([FromBody] CreateRoleCommand command, CancellationToken cancellationToken)
    {
        var role = await Mediator.Send(command, cancellationToken);
        return CreatedWithETag("getRole", role.Id, new RoleCreatedResponse(true, role, role.Id), role.Version);
    }

    /// <summary>
    /// Change the properties present in the body: terms, movie, or the actor cast (null uncasts). Honours
    /// If-Match. An actor who does not fit is refused with 409.
    /// </summary>
    [HttpPatch("{id:int}", Name = "updateRole")]
    [Authorize(Policy = Permissions.PatchRoles)]
    [Consumes("application/json")]
    [ProducesResponseType<RoleResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<RoleResponse>> Update(int id, [FromBody] UpdateRoleCommand command, CancellationToken cancellationToken)
    {
        var role = await Mediator.Send(command with { Id = id, ExpectedVersion = IfMatchVersion() }, cancellationToken);
        SetETag(role.Version);
        return new RoleResponse(true, role);
    }

    /// <summary>Delete a role. Honours If-Match.</summary>
    [HttpDelete("{id:int}", Name = "deleteRole")]
    [Authorize(Policy = Permissions.DeleteRoles)]
    [ProducesResponseType<DeletedResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<DeletedResponse>> Delete(int id, CancellationToken cancellationToken)
    {
        var deleted = await Mediator.Send(new DeleteRoleCommand(id, IfMatchVersion()), cancellationToken);
        return new DeletedResponse(true, deleted);
    }

    /// <summary>
    /// The actors who fit the role by the casting rule, minus the one cast, narrowed by the actor filters.
    /// </summary>
    [HttpGet("{id:int}/candidates", Name = "listRoleCandidates")]
    [Authorize(Policy = Permissions.GetRolesAndActors)]
    [ProducesResponseType<CandidateListResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<CandidateListResponse>> Candidates(int id, [FromQuery] ActorFilter filter, [FromQuery] PageParameters paging, CancellationToken cancellationToken)
    {
        var page = await Mediator.Send(new ListCandidatesQuery(id, filter, paging.ToPageRequest()), cancellationToken);
        return new CandidateListResponse(true, id, page.Items, page.Total, page.Page, page.PageSize, page.NextCursor);
    }
}

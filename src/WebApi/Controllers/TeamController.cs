using CastingAgency.Application.Teams.Commands.PutTeamMember;
using CastingAgency.Application.Teams.Commands.RemoveTeamMember;
using CastingAgency.Application.Teams.Queries.GetTeam;
using CastingAgency.WebApi.Authorization;
using CastingAgency.WebApi.Contracts;
using CastingAgency.WebApi.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CastingAgency.WebApi.Controllers;

/// <summary>
/// A movie's team (docs/api.md, "Confidential productions and their teams"): the people, by token subject, who see the
/// movie when it is confidential. A movie the caller does not see answers 404, as one that never existed.
/// </summary>
[Route("movies/{id:int}/team")]
[Tags("Teams")]
public sealed class TeamController(IMediator mediator) : ApiControllerBase(mediator)
{
    /// <summary>The movie's team, by added_at then sub.</summary>
    [HttpGet(Name = "getMovieTeam")]
    [Authorize(Policy = Permissions.GetMovies)]
    [ProducesResponseType<TeamResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<TeamResponse>> Get(int id, CancellationToken cancellationToken)
    {
        var team = await Mediator.Send(new GetTeamQuery(id), cancellationToken);
        return new TeamResponse(true, id, team);
    }

    /// <summary>
    /// Add the subject to the team (201, Location: the team) or replace its position and name (200). The sub is
    /// URL-encoded in the path (auth0|abc is auth0%7Cabc; a / is %2F), 1–255 characters.
    /// </summary>
    [HttpPut("{sub}", Name = "putMovieTeamMember")]
    [Authorize(Policy = Permissions.ManageTeams)]
    [Consumes("application/json")]
    [ProducesResponseType<TeamMemberResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<TeamMemberResponse>(StatusCodes.Status201Created)]
    public async Task<ActionResult<TeamMemberResponse>> Put(int id, string sub, [FromBody] PutTeamMemberCommand command, CancellationToken cancellationToken)
    {
        var result = await Mediator.Send(command with { MovieId = id, Sub = Decoded(sub) }, cancellationToken);
        var body = new TeamMemberResponse(true, result.Member);
        if (!result.Added)
        {
            return body;
        }

        var path = Url.RouteUrl("getMovieTeam", new { id }) ?? throw new InvalidOperationException("no route named getMovieTeam");
        return Created(HttpContext.RequestServices.GetRequiredService<PublicLocations>().For(Request, path), body);
    }

    /// <summary>Take the subject off the team (404 when it is not on it).</summary>
    [HttpDelete("{sub}", Name = "deleteMovieTeamMember")]
    [Authorize(Policy = Permissions.ManageTeams)]
    [ProducesResponseType<TeamMemberDeletedResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<TeamMemberDeletedResponse>> Delete(int id, string sub, CancellationToken cancellationToken)
    {
        var deleted = await Mediator.Send(new RemoveTeamMemberCommand(id, Decoded(sub)), cancellationToken);
        return new TeamMemberDeletedResponse(true, deleted);
    }

    // The server decodes every escape of the path except %2F (so that it cannot split a segment), which reaches the
    // route value as typed: a sub holding a / arrives here as %2F.
    private static string Decoded(string sub) => sub.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
}

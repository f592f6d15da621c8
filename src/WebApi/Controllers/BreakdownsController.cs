using CastingAgency.Application.Breakdowns.Queries.GetBreakdown;
using CastingAgency.Application.Breakdowns.Queries.ListBreakdowns;
using CastingAgency.Application.Submissions.Commands;
using CastingAgency.WebApi.Authorization;
using CastingAgency.WebApi.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CastingAgency.WebApi.Controllers;

/// <summary>
/// Breakdowns (contract §13): the roles published for talent agencies, while not cast and open. A breakdown shows of
/// its movie only the title and the company.
/// </summary>
[Route("breakdowns")]
[Tags("Breakdowns")]
public sealed class BreakdownsController(IMediator mediator) : ApiControllerBase(mediator)
{
    /// <summary>The open breakdowns, newest published first.</summary>
    [HttpGet(Name = "listBreakdowns")]
    [Authorize(Policy = Permissions.GetBreakdowns)]
    [ProducesResponseType<BreakdownListResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<BreakdownListResponse>> List(
        [FromQuery] BreakdownFilter filter, [FromQuery] PageParameters paging, CancellationToken cancellationToken)
    {
        var page = await Mediator.Send(new ListBreakdownsQuery(filter, paging.ToPageRequest()), cancellationToken);
        return new BreakdownListResponse(true, page.Items, page.Total, page.Page, page.PageSize, page.NextCursor);
    }

    /// <summary>One open breakdown, by its role's id (404 when the role is not listed).</summary>
    [HttpGet("{id:int}", Name = "getBreakdown")]
    [Authorize(Policy = Permissions.GetBreakdowns)]
    [ProducesResponseType<BreakdownResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<BreakdownResponse>> Get(int id, CancellationToken cancellationToken) =>
        new BreakdownResponse(true, await Mediator.Send(new GetBreakdownQuery(id), cancellationToken));

    /// <summary>
    /// Submit an actor of the agency's roster to an open breakdown (422 when the actor is not on the roster, 404 when
    /// the breakdown is not listed, 409 when the actor does not fit the role or is already submitted to it).
    /// </summary>
    [HttpPost("{id:int}/submissions", Name = "createSubmission")]
    [Authorize(Policy = Permissions.PostSubmissions)]
    [Consumes("application/json")]
    [ProducesResponseType<SubmissionCreatedResponse>(StatusCodes.Status201Created)]
    public async Task<ActionResult<SubmissionCreatedResponse>> Submit(int id, [FromBody] CreateSubmissionCommand command, CancellationToken cancellationToken)
    {
        var agency = AgencyRequirement.AgencyOf(User) ?? throw new InvalidOperationException("the agency policy lets no token without an agency through");
        var submission = await Mediator.Send(command with { RoleId = id, Agency = agency }, cancellationToken);
        return CreatedWithETag("getSubmission", submission.Id, new SubmissionCreatedResponse(true, submission, submission.Id), submission.Version);
    }
}

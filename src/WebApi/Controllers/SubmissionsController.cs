using CastingAgency.Application.Submissions.Commands;
using CastingAgency.Application.Submissions.Queries;
using CastingAgency.WebApi.Authorization;
using CastingAgency.WebApi.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CastingAgency.WebApi.Controllers;

/// <summary>
/// Submissions (contract §13): an agency reads and withdraws its own; the casting team reads a role's and selects
/// (shortlisting the actor) or rejects them. Submitting is <c>POST /breakdowns/{id}/submissions</c>.
/// </summary>
[Route("submissions")]
[Tags("Submissions")]
public sealed class SubmissionsController(IMediator mediator) : ApiControllerBase(mediator)
{
    /// <summary>The agency's own submissions, newest first.</summary>
    [HttpGet(Name = "listSubmissions")]
    [Authorize(Policy = Permissions.PostSubmissions)]
    [ProducesResponseType<SubmissionListResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<SubmissionListResponse>> List(
        [FromQuery] SubmissionFilter filter, [FromQuery] PageParameters paging, CancellationToken cancellationToken)
    {
        var page = await Mediator.Send(new ListSubmissionsQuery(Agency, null, filter, paging.ToPageRequest()), cancellationToken);
        return new SubmissionListResponse(true, page.Items, page.Total, page.Page, page.PageSize, page.NextCursor);
    }

    /// <summary>A role's submissions, for the casting team.</summary>
    [HttpGet("/roles/{id:int}/submissions", Name = "listRoleSubmissions")]
    [Authorize(Policy = Permissions.GetAuditions)]
    [ProducesResponseType<RoleSubmissionListResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<RoleSubmissionListResponse>> ListOfRole(
        int id, [FromQuery] SubmissionFilter filter, [FromQuery] PageParameters paging, CancellationToken cancellationToken)
    {
        var page = await Mediator.Send(new ListSubmissionsQuery(null, id, filter, paging.ToPageRequest()), cancellationToken);
        return new RoleSubmissionListResponse(true, id, page.Items, page.Total, page.Page, page.PageSize, page.NextCursor);
    }

    /// <summary>One submission: the casting team's any, an agency's only its own (404 otherwise).</summary>
    [HttpGet("{id:int}", Name = "getSubmission")]
    [Authorize(Policy = Permissions.GetAuditionsOrPostSubmissions)]
    [ProducesResponseType<SubmissionResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    public async Task<ActionResult<SubmissionResponse>> Get(int id, CancellationToken cancellationToken)
    {
        var staff = PermissionHandler.Granted(User).Contains(Permissions.GetAuditions);
        var submission = await Mediator.Send(new GetSubmissionQuery(id, staff ? null : Agency), cancellationToken);
        return OkWithETag(new SubmissionResponse(true, submission), submission.Version);
    }

    /// <summary>
    /// Select (shortlisting the actor for the role in the same write) or reject a submitted one. Honours If-Match.
    /// Selecting is refused with 409, nothing changed, when the role is cast, already lists the actor or the actor no
    /// longer fits; a decided submission cannot change.
    /// </summary>
    [HttpPatch("{id:int}", Name = "updateSubmission")]
    [Authorize(Policy = Permissions.PatchAuditions)]
    [Consumes("application/json")]
    [ProducesResponseType<SubmissionResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<SubmissionResponse>> Update(int id, [FromBody] ReviewSubmissionCommand command, CancellationToken cancellationToken)
    {
        var submission = await Mediator.Send(command with { Id = id, ExpectedVersion = IfMatchVersion() }, cancellationToken);
        SetETag(submission.Version);
        return new SubmissionResponse(true, submission);
    }

    /// <summary>Withdraw one of the agency's submissions while it is submitted (409 once decided). Honours If-Match.</summary>
    [HttpDelete("{id:int}", Name = "deleteSubmission")]
    [Authorize(Policy = Permissions.PostSubmissions)]
    [ProducesResponseType<DeletedResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<DeletedResponse>> Withdraw(int id, CancellationToken cancellationToken)
    {
        var deleted = await Mediator.Send(new WithdrawSubmissionCommand(id, Agency, IfMatchVersion()), cancellationToken);
        return new DeletedResponse(true, deleted);
    }

    private string Agency => AgencyRequirement.AgencyOf(User) ?? throw new InvalidOperationException("the agency policy lets no token without an agency through");
}

using System.Text.Json.Serialization;
using AutoMapper;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Teams.Dtos;
using CastingAgency.Domain.Entities;
using MediatR;

namespace CastingAgency.Application.Teams.Commands.PutTeamMember;

/// <summary>The body of <c>PUT /movies/{id}/team/{sub}</c>: adds the subject to the team, or replaces its position and name.</summary>
public sealed record PutTeamMemberCommand : TeamFields, IRequest<PutTeamMemberResult>
{
    [JsonIgnore]
    public int MovieId { get; init; }

    /// <summary>The member's token subject, from the path.</summary>
    [JsonIgnore]
    public string Sub { get; init; } = string.Empty;
}

/// <summary>The member as stored, and whether this request added it (201) or changed it (200).</summary>
public sealed record PutTeamMemberResult(TeamMemberDto Member, bool Added);

public sealed class PutTeamMemberCommandHandler(
    IMovieRepository movies, ITeamRepository team, IUnitOfWork unitOfWork, ICurrentUser user, IMapper mapper)
    : IRequestHandler<PutTeamMemberCommand, PutTeamMemberResult>
{
    public async Task<PutTeamMemberResult> Handle(PutTeamMemberCommand request, CancellationToken cancellationToken)
    {
        if (!await movies.ExistsAsync(request.MovieId, cancellationToken))
        {
            throw new NotFoundException("movie", request.MovieId);
        }

        var position = request.Position.Value!.Value;
        var member = await team.FindAsync(request.MovieId, request.Sub, cancellationToken);
        var added = member is null;
        if (member is null)
        {
            // Two requests adding the same subject at once: the store's unique key refuses the second (409).
            member = new TeamMember(request.MovieId, request.Sub, position, request.Name.Value, user.Subject);
            team.Add(member);
        }
        else
        {
            member.Change(position, request.Name.Value);
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        return new PutTeamMemberResult(mapper.Map<TeamMemberDto>(member), added);
    }
}

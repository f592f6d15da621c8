using System.Text.Json.Serialization;
using AutoMapper;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;

namespace CastingAgency.Application.Submissions.Dtos;

/// <summary>A submission as the API returns it (contract §13).</summary>
public sealed class SubmissionDto
{
    public int Id { get; init; }

    public int RoleId { get; init; }

    public int ActorId { get; init; }

    /// <summary>The agency that submitted the actor.</summary>
    public string AgencyId { get; init; } = string.Empty;

    public string? Note { get; init; }

    public SubmissionStatus Status { get; init; }

    /// <summary>
    /// The shortlist entry selecting made: the role's entry of the actor while the submission is selected (one fact,
    /// one place: derived, not stored); null otherwise, or once that entry was removed.
    /// </summary>
    public int? ShortlistId { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; init; }

    /// <summary>The concurrency version; travels as the ETag header, not in the body.</summary>
    [JsonIgnore]
    public int Version { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Submission, SubmissionDto>()
            .ForMember(d => d.ShortlistId, o => o.MapFrom(s => s.Status == SubmissionStatus.Selected
                ? s.Role!.Shortlist.Where(e => e.ActorId == s.ActorId).Select(e => (int?)e.Id).FirstOrDefault()
                : null));
    }
}

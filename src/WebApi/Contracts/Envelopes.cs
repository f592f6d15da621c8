using CastingAgency.Application.Breakdowns.Dtos;
using CastingAgency.Application.Submissions.Dtos;
using CastingAgency.Application.Actors.Dtos;
using CastingAgency.Application.Appointments.Dtos;
using CastingAgency.Application.Audit.Dtos;
using CastingAgency.Application.Movies.Dtos;
using CastingAgency.Application.Roles.Dtos;
using CastingAgency.Application.Shortlist.Dtos;
using CastingAgency.Application.Teams.Dtos;

namespace CastingAgency.WebApi.Contracts;

// The response shapes of docs/api.md §1: the legacy `success` envelope around the DTOs.

public sealed record MovieListResponse(bool Success, IReadOnlyList<MovieDto> Movies, int? TotalMovies, int? Page, int PageSize, string? NextCursor);

public sealed record MovieDetailResponse(bool Success, MovieDetailDto Movie);

public sealed record MovieResponse(bool Success, MovieDto Movie);

public sealed record MovieCreatedResponse(bool Success, MovieDto Movie, int Created);

public sealed record ActorListResponse(bool Success, IReadOnlyList<ActorDto> Actors, int? TotalActors, int? Page, int PageSize, string? NextCursor);

public sealed record ActorDetailResponse(bool Success, ActorDetailDto Actor);

public sealed record ActorResponse(bool Success, ActorDto Actor);

public sealed record ActorCreatedResponse(bool Success, ActorDto Actor, int Created);

public sealed record RoleListResponse(bool Success, IReadOnlyList<RoleDto> Roles, int? TotalRoles, int? Page, int PageSize, string? NextCursor);

public sealed record RoleResponse(bool Success, RoleDto Role);

public sealed record RoleCreatedResponse(bool Success, RoleDto Role, int Created);

public sealed record MovieRolesResponse(bool Success, int MovieId, IReadOnlyList<RoleDto> Roles);

public sealed record ActorRolesResponse(bool Success, int ActorId, IReadOnlyList<RoleDto> Roles);

public sealed record CandidateListResponse(bool Success, int RoleId, IReadOnlyList<ActorDto> Actors, int? TotalActors, int? Page, int PageSize, string? NextCursor);

public sealed record DeletedResponse(bool Success, int Deleted);

public sealed record ShortlistListResponse(
    bool Success, int RoleId, IReadOnlyList<ShortlistEntryDto> Shortlist, int? TotalShortlist, int? Page, int PageSize, string? NextCursor);

public sealed record ShortlistEntryResponse(bool Success, ShortlistEntryDto Entry);

public sealed record ShortlistEntryDetailResponse(bool Success, ShortlistEntryDetailDto Entry);

public sealed record ShortlistEntryCreatedResponse(bool Success, ShortlistEntryDto Entry, int Created);

public sealed record ShortlistHistoryResponse(bool Success, int ShortlistId, IReadOnlyList<ShortlistHistoryItemDto> History);

public sealed record AppointmentListResponse(
    bool Success, IReadOnlyList<AppointmentDto> Appointments, int? TotalAppointments, int? Page, int PageSize, string? NextCursor);

/// <summary>One actor's schedule: the envelope of GET /appointments with the actor's id (docs/api.md §4).</summary>
public sealed record ActorAppointmentListResponse(
    bool Success, int ActorId, IReadOnlyList<AppointmentDto> Appointments, int? TotalAppointments, int? Page, int PageSize, string? NextCursor);

public sealed record AppointmentResponse(bool Success, AppointmentDto Appointment);

public sealed record AppointmentCreatedResponse(bool Success, AppointmentDto Appointment, int Created);

public sealed record TeamResponse(bool Success, int MovieId, IReadOnlyList<TeamMemberDto> Team);

public sealed record TeamMemberResponse(bool Success, TeamMemberDto Member);

/// <summary>DELETE of a team member: <c>deleted</c> is the sub taken off the team.</summary>
public sealed record TeamMemberDeletedResponse(bool Success, string Deleted);

public sealed record BreakdownListResponse(
    bool Success, IReadOnlyList<BreakdownDto> Breakdowns, int? TotalBreakdowns, int? Page, int PageSize, string? NextCursor);

public sealed record BreakdownResponse(bool Success, BreakdownDto Breakdown);

public sealed record SubmissionListResponse(
    bool Success, IReadOnlyList<SubmissionDto> Submissions, int? TotalSubmissions, int? Page, int PageSize, string? NextCursor);

public sealed record RoleSubmissionListResponse(
    bool Success, int RoleId, IReadOnlyList<SubmissionDto> Submissions, int? TotalSubmissions, int? Page, int PageSize, string? NextCursor);

public sealed record SubmissionResponse(bool Success, SubmissionDto Submission);

public sealed record SubmissionCreatedResponse(bool Success, SubmissionDto Submission, int Created);

public sealed record AuditListResponse(
    bool Success, IReadOnlyList<AuditRecordDto> Audit, int? TotalAudit, int? Page, int PageSize, string? NextCursor);

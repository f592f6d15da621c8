using System.Text.Json.Serialization;
using AutoMapper;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;

namespace CastingAgency.Application.Pipeline;

/// <summary>A shortlist entry as the API returns it (docs/api.md §9).</summary>
public class ShortlistEntryDto
{
    public int Id { get; init; }

    public int RoleId { get; init; }

    public int ActorId { get; init; }

    public ShortlistStatus Status { get; init; }

    public string? Note { get; init; }

    /// <summary>The creator's token <c>sub</c>.</summary>
    public string CreatedBy { get; init; } = string.Empty;

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; init; }

    /// <summary>The concurrency version; travels as the ETag header, not in the body.</summary>
    [JsonIgnore]
    public int Version { get; init; }
}

/// <summary><c>GET /shortlist/{id}</c>: the entry with its appointments, by <c>starts_at</c>.</summary>
public sealed class ShortlistEntryDetailDto : ShortlistEntryDto
{
    public IReadOnlyList<AppointmentDto> Appointments { get; init; } = [];
}

/// <summary>One status a shortlist entry has had.</summary>
public sealed class ShortlistHistoryItemDto
{
    public ShortlistStatus Status { get; init; }

    public DateTime At { get; init; }

    /// <summary>The token <c>sub</c> of whoever made the change, or <c>system</c> when a rule made it.</summary>
    public string By { get; init; } = string.Empty;
}

/// <summary>An appointment as the API returns it; times are UTC.</summary>
public sealed class AppointmentDto
{
    public int Id { get; init; }

    public int ShortlistId { get; init; }

    public int RoleId { get; init; }

    public int ActorId { get; init; }

    public AppointmentKind Kind { get; init; }

    public DateTime StartsAt { get; init; }

    public DateTime EndsAt { get; init; }

    public string? Location { get; init; }

    public AppointmentStatus Status { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; init; }

    /// <summary>The concurrency version; travels as the ETag header, not in the body.</summary>
    [JsonIgnore]
    public int Version { get; init; }
}

internal sealed class PipelineMapping : Profile
{
    public PipelineMapping()
    {
        CreateMap<Appointment, AppointmentDto>()
            .ForMember(d => d.ShortlistId, o => o.MapFrom(a => a.ShortlistEntryId));
        CreateMap<ShortlistEntry, ShortlistEntryDto>();
        CreateMap<ShortlistEntry, ShortlistEntryDetailDto>()
            .ForMember(d => d.Appointments, o => o.MapFrom(e => e.Appointments.OrderBy(a => a.StartsAt).ThenBy(a => a.Id)));
        CreateMap<ShortlistStatusChange, ShortlistHistoryItemDto>()
            .ForMember(d => d.At, o => o.MapFrom(h => h.CreatedAt));
    }
}

using System.Text.Json.Serialization;
using AutoMapper;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;

namespace CastingAgency.Application.Appointments.Dtos;

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

    private sealed class Mapping : Profile
    {
        public Mapping() =>
            CreateMap<Appointment, AppointmentDto>()
                .ForMember(d => d.ShortlistId, o => o.MapFrom(a => a.ShortlistEntryId));
    }
}

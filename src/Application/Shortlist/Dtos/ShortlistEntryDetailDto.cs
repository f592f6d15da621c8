using AutoMapper;
using CastingAgency.Application.Appointments.Dtos;
using CastingAgency.Domain.Entities;

namespace CastingAgency.Application.Shortlist.Dtos;

/// <summary><c>GET /shortlist/{id}</c>: the entry with its appointments, by <c>starts_at</c>.</summary>
public sealed class ShortlistEntryDetailDto : ShortlistEntryDto
{
    public IReadOnlyList<AppointmentDto> Appointments { get; init; } = [];

    private sealed class Mapping : Profile
    {
        public Mapping() =>
            CreateMap<ShortlistEntry, ShortlistEntryDetailDto>()
                .ForMember(d => d.Appointments, o => o.MapFrom(e => e.Appointments.OrderBy(a => a.StartsAt).ThenBy(a => a.Id)));
    }
}

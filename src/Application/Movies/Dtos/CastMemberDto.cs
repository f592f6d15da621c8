using AutoMapper;
using CastingAgency.Domain.Entities;

namespace CastingAgency.Application.Movies.Dtos;

/// <summary>One cast role of a movie: the role and the actor who holds it.</summary>
public sealed class CastMemberDto
{
    public int RoleId { get; init; }

    public string RoleName { get; init; } = string.Empty;

    public int ActorId { get; init; }

    public string ActorName { get; init; } = string.Empty;

    private sealed class Mapping : Profile
    {
        public Mapping() =>
            CreateMap<Role, CastMemberDto>()
                .ForMember(d => d.RoleId, o => o.MapFrom(r => r.Id))
                .ForMember(d => d.RoleName, o => o.MapFrom(r => r.Name))
                .ForMember(d => d.ActorId, o => o.MapFrom(r => r.ActorId ?? 0))
                .ForMember(d => d.ActorName, o => o.MapFrom(r => r.Actor != null ? r.Actor.Name : string.Empty));
    }
}

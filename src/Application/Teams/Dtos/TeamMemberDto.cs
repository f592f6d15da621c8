using AutoMapper;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;

namespace CastingAgency.Application.Teams.Dtos;

/// <summary>A member of a movie's team as the API returns it. The position travels as its wire name.</summary>
public sealed class TeamMemberDto
{
    /// <summary>The member's token subject.</summary>
    public string Sub { get; init; } = string.Empty;

    public string? Name { get; init; }

    public TeamPosition Position { get; init; }

    /// <summary>When the member was added (UTC).</summary>
    public DateTime AddedAt { get; init; }

    /// <summary>The subject of whoever added the member.</summary>
    public string AddedBy { get; init; } = string.Empty;

    private sealed class Mapping : Profile
    {
        public Mapping() =>
            CreateMap<TeamMember, TeamMemberDto>()
                .ForMember(d => d.Sub, o => o.MapFrom(t => t.Subject))
                .ForMember(d => d.AddedAt, o => o.MapFrom(t => t.CreatedAt));
    }
}

using AutoMapper;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;

namespace CastingAgency.Application.Breakdowns.Dtos;

/// <summary>
/// A published role as talent agencies see it (contract §13): the part, and of its movie only the title and the
/// company, which the production publishes; never its id, team, cast or release date, confidential or not.
/// </summary>
public sealed class BreakdownDto
{
    public int RoleId { get; init; }

    public string Name { get; init; } = string.Empty;

    public string? Description { get; init; }

    public RoleGender Gender { get; init; }

    public int MinAge { get; init; }

    public int MaxAge { get; init; }

    public string MovieTitle { get; init; } = string.Empty;

    public string? Company { get; init; }

    public DateTime PublishedAt { get; init; }

    /// <summary>When the breakdown stops taking submissions; null: open until the role is cast.</summary>
    public DateTime? SubmissionsCloseAt { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Role, BreakdownDto>()
            .ForMember(d => d.RoleId, o => o.MapFrom(r => r.Id))
            .ForMember(d => d.MovieTitle, o => o.MapFrom(r => r.Movie!.Title))
            .ForMember(d => d.Company, o => o.MapFrom(r => r.Movie!.Company))
            .ForMember(d => d.PublishedAt, o => o.MapFrom(r => r.PublishedAt!.Value));
    }
}

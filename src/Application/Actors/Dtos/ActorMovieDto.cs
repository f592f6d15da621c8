using AutoMapper;
using CastingAgency.Domain.Entities;

namespace CastingAgency.Application.Actors.Dtos;

/// <summary>One role an actor holds: the movie and the role.</summary>
public sealed class ActorMovieDto
{
    public int MovieId { get; init; }

    public string Title { get; init; } = string.Empty;

    public int RoleId { get; init; }

    public string RoleName { get; init; } = string.Empty;

    private sealed class Mapping : Profile
    {
        public Mapping() =>
            CreateMap<Role, ActorMovieDto>()
                .ForMember(d => d.MovieId, o => o.MapFrom(r => r.MovieId))
                .ForMember(d => d.Title, o => o.MapFrom(r => r.Movie != null ? r.Movie.Title : string.Empty))
                .ForMember(d => d.RoleId, o => o.MapFrom(r => r.Id))
                .ForMember(d => d.RoleName, o => o.MapFrom(r => r.Name));
    }
}

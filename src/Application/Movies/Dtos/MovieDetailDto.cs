using System.Text.Json.Serialization;
using AutoMapper;
using CastingAgency.Domain.Entities;

namespace CastingAgency.Application.Movies.Dtos;

/// <summary>A movie with its cast: the roles that have an actor.</summary>
public sealed class MovieDetailDto : MovieDto
{
    /// <summary>The movie's roles that have an actor, each with the role and the actor.</summary>
    [JsonPropertyOrder(1)]
    public IReadOnlyList<CastMemberDto> Cast { get; init; } = [];

    private sealed class Mapping : Profile
    {
        public Mapping() =>
            CreateMap<Movie, MovieDetailDto>()
                .ForMember(d => d.Cast, o => o.MapFrom(m => m.Roles.Where(r => r.ActorId != null).OrderBy(r => r.Id)));
    }
}

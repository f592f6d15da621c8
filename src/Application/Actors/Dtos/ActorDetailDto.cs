using System.Text.Json.Serialization;
using AutoMapper;
using CastingAgency.Domain.Entities;

namespace CastingAgency.Application.Actors.Dtos;

/// <summary>An actor with the roles they hold, ordered by role id.</summary>
public sealed record ActorDetailDto : ActorDto
{
    /// <summary>The roles the actor holds, each with its movie.</summary>
    [JsonPropertyOrder(1)]
    public IReadOnlyList<ActorMovieDto> Movies { get; init; } = [];

    private sealed class Mapping : Profile
    {
        public Mapping() =>
            CreateMap<Actor, ActorDetailDto>()
                .IncludeBase<Actor, ActorDto>()
                .ForMember(d => d.Movies, o => o.MapFrom(a => a.Roles.OrderBy(r => r.Id)));
    }
}

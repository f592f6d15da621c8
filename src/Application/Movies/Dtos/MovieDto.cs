using System.Text.Json.Serialization;
using AutoMapper;
using CastingAgency.Domain.Entities;

namespace CastingAgency.Application.Movies.Dtos;

/// <summary>A movie as the API returns it.</summary>
public class MovieDto
{
    public int Id { get; init; }

    public string Title { get; init; } = string.Empty;

    public DateOnly ReleaseDate { get; init; }

    public string? Company { get; init; }

    public string? Description { get; init; }

    /// <summary>Seen only by the movie's team and by callers who see every production.</summary>
    public bool Confidential { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; init; }

    /// <summary>The concurrency version; travels as the ETag header, not in the body.</summary>
    [JsonIgnore]
    public int Version { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Movie, MovieDto>();
    }
}

namespace CastingAgency.Application.Movies.Queries.ListMovies;

/// <summary>The movie filters of contract §4; every one is optional and they combine with AND.</summary>
public sealed record MovieFilter
{
    public string? SearchTerm { get; init; }

    public string? Title { get; init; }

    public string? Company { get; init; }

    public DateOnly? ReleaseDate { get; init; }

    public DateOnly? MinReleaseDate { get; init; }

    public DateOnly? MaxReleaseDate { get; init; }
}

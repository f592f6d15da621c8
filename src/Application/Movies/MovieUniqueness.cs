using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;

namespace CastingAgency.Application.Movies;

/// <summary>Title + release date is unique, case-insensitively (the database index backs this up under races).</summary>
internal static class MovieUniqueness
{
    public static async Task EnsureAsync(IMovieRepository movies, string title, DateOnly releaseDate, int? exceptId, CancellationToken cancellationToken)
    {
        if (await movies.TitleTakenAsync(title, releaseDate, exceptId, cancellationToken))
        {
            throw new ConflictException($"a movie titled '{title}' released on {releaseDate:yyyy-MM-dd} already exists");
        }
    }
}

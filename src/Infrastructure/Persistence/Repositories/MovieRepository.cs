using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Entities;
using CastingAgency.Infrastructure.Persistence.Visibility;
using Microsoft.EntityFrameworkCore;

namespace CastingAgency.Infrastructure.Persistence.Repositories;

internal sealed class MovieRepository(CastingAgencyDbContext context, ProjectionQueries projections)
    : Repository<Movie>(context, projections), IMovieRepository
{
    /// <summary>Whether any movie, seen or not, has the title and date: the key is unique across productions; its 409 names no movie.</summary>
    public Task<bool> TitleTakenAsync(string title, DateOnly releaseDate, int? exceptId, CancellationToken cancellationToken)
    {
        var normalized = Guard.Normalize(title);
        return Set.IgnoreQueryFilters(ProductionVisibility.Filters).AnyAsync(
            m => m.TitleNormalized == normalized && m.ReleaseDate == releaseDate && (exceptId == null || m.Id != exceptId),
            cancellationToken);
    }
}

using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Entities;
using Microsoft.EntityFrameworkCore;

namespace CastingAgency.Infrastructure.Persistence.Repositories;

internal sealed class MovieRepository(CastingAgencyDbContext context, ProjectionQueries projections)
    : Repository<Movie>(context, projections), IMovieRepository
{
    public Task<bool> TitleTakenAsync(string title, DateOnly releaseDate, int? exceptId, CancellationToken cancellationToken)
    {
        var normalized = Guard.Normalize(title);
        return Set.AnyAsync(
            m => m.TitleNormalized == normalized && m.ReleaseDate == releaseDate && (exceptId == null || m.Id != exceptId),
            cancellationToken);
    }
}

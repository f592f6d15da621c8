using CastingAgency.Domain.Entities;

namespace CastingAgency.Application.Common.Interfaces;

public interface IMovieRepository : IRepository<Movie>
{
    /// <summary>Whether another movie has this title (case-insensitively) and release date.</summary>
    Task<bool> TitleTakenAsync(string title, DateOnly releaseDate, int? exceptId, CancellationToken cancellationToken);
}

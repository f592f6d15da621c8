using CastingAgency.Domain.Entities;

namespace CastingAgency.Application.Common.Interfaces;

public interface IRoleRepository : IRepository<Role>
{
    /// <summary>Loads the role, tracked, with the actor cast in it.</summary>
    /// <summary>
    /// Loads the role, tracked, with the actor cast in it and its shortlist (each entry with its appointments): a
    /// change of the actor moves the pipeline with it.
    /// </summary>
    Task<Role?> FindWithActorAsync(int id, CancellationToken cancellationToken);

    /// <summary>Loads the role, tracked, with its shortlist (adding an entry checks the role's state).</summary>
    Task<Role?> FindWithShortlistAsync(int id, CancellationToken cancellationToken);
}

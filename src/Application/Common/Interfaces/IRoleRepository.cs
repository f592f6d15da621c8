using CastingAgency.Domain.Entities;

namespace CastingAgency.Application.Common.Interfaces;

public interface IRoleRepository : IRepository<Role>
{
    /// <summary>Loads the role, tracked, with the actor cast in it.</summary>
    Task<Role?> FindWithActorAsync(int id, CancellationToken cancellationToken);
}

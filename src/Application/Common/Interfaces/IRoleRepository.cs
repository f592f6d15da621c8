using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;

namespace CastingAgency.Application.Common.Interfaces;

public interface IRoleRepository : IRepository<Role>
{
    /// <summary>
    /// Loads the role, tracked, with the actor cast in it and its shortlist (each entry with its appointments): a
    /// change of the actor moves the pipeline with it.
    /// </summary>
    Task<Role?> FindWithActorAsync(int id, CancellationToken cancellationToken);

    /// <summary>Loads the role, tracked, with its shortlist (adding an entry checks the role's state).</summary>
    Task<Role?> FindWithShortlistAsync(int id, CancellationToken cancellationToken);

    /// <summary>
    /// What the candidates list needs of the role, in one read: its constraints and, when it is cast, its actor's
    /// gender and age; null when there is no such role. It runs with every candidates request, so it is prepared once.
    /// </summary>
    Task<RoleCasting?> FindCastingAsync(int id, CancellationToken cancellationToken);
}

/// <summary>A role's constraints and the actor cast in it, if any (<see cref="IRoleRepository.FindCastingAsync"/>).</summary>
public sealed record RoleCasting(RoleGender Gender, int MinAge, int MaxAge, int? ActorId, Gender? CastGender, int? CastAge);

using CastingAgency.Domain.Entities;

namespace CastingAgency.Application.Common.Interfaces;

public interface IActorRepository : IRepository<Actor>
{
    /// <summary>Loads the actor, tracked, with the roles they hold (the casting rule needs them).</summary>
    Task<Actor?> FindWithRolesAsync(int id, CancellationToken cancellationToken);

    /// <summary>As <see cref="FindWithRolesAsync"/>, for an actor of the agency's roster only; null for any other id.</summary>
    Task<Actor?> FindOnRosterWithRolesAsync(int id, string agency, CancellationToken cancellationToken);

    /// <summary>Whether another actor has this email, case-insensitively.</summary>
    Task<bool> EmailTakenAsync(string email, int? exceptId, CancellationToken cancellationToken);
}

using CastingAgency.Domain.Common;

namespace CastingAgency.Domain.Rules;

/// <summary>A write would leave an actor cast in a role they do not fit.</summary>
public sealed class CastingRuleViolationException : DomainException
{
    public CastingRuleViolationException(int roleId, string roleName, int actorId, string actorName, string reason)
        : base($"actor {Describe(actorId, actorName)} does not fit role {Describe(roleId, roleName)}: {reason}")
    {
        RoleId = roleId;
        ActorId = actorId;
    }

    private CastingRuleViolationException(int roleId, int actorId, string message)
        : base(message)
    {
        RoleId = roleId;
        ActorId = actorId;
    }

    public int RoleId { get; }

    public int ActorId { get; }

    /// <summary>
    /// The same violation for a caller who does not see the role's production: it says that the conflict exists,
    /// never the role's id, name, terms or movie.
    /// </summary>
    public CastingRuleViolationException Unnamed(string actorName) =>
        new(RoleId, ActorId, $"actor {Describe(ActorId, actorName)} is cast in a role that the new age or gender does not fit");

    private static string Describe(int id, string name) => id > 0 ? $"{id} '{name}'" : $"'{name}'";
}

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

    public int RoleId { get; }

    public int ActorId { get; }

    private static string Describe(int id, string name) => id > 0 ? $"{id} '{name}'" : $"'{name}'";
}

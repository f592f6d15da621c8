using CastingAgency.Domain.Common;
using CastingAgency.Domain.Enums;

namespace CastingAgency.Domain.Rules;

/// <summary>
/// The casting rule: an actor cast in a role must fit it — the same gender unless the role is
/// for <see cref="RoleGender.Any"/>, and an age within the role's inclusive range.
/// </summary>
public static class CastingRule
{
    public static bool GenderFits(RoleGender roleGender, Gender actorGender) =>
        roleGender == RoleGender.Any || (int)roleGender == (int)actorGender;

    public static bool AgeFits(int minAge, int maxAge, int actorAge) => actorAge >= minAge && actorAge <= maxAge;

    public static bool Fits(RoleGender roleGender, int minAge, int maxAge, Gender actorGender, int actorAge) =>
        GenderFits(roleGender, actorGender) && AgeFits(minAge, maxAge, actorAge);

    /// <summary>The actor gender a role of <paramref name="roleGender"/> asks for; <see cref="RoleGender.Any"/> asks for none.</summary>
    public static Gender ToGender(RoleGender roleGender) => roleGender == RoleGender.Any
        ? throw new ArgumentOutOfRangeException(nameof(roleGender), "a role open to any gender asks for no single gender")
        : (Gender)(int)roleGender;

    /// <summary>Throws <see cref="CastingRuleViolationException"/> naming both parties when the actor does not fit.</summary>
    public static void EnsureFits(
        int roleId, string roleName, RoleGender roleGender, int minAge, int maxAge,
        int actorId, string actorName, Gender actorGender, int actorAge)
    {
        string? reason = null;
        if (!GenderFits(roleGender, actorGender))
        {
            reason = $"the role is for {WireNames<RoleGender>.ToWire(roleGender)} actors and the actor is {WireNames<Gender>.ToWire(actorGender)}";
        }
        else if (!AgeFits(minAge, maxAge, actorAge))
        {
            reason = $"the role is for ages {minAge}-{maxAge} and the actor is {actorAge}";
        }

        if (reason is not null)
        {
            throw new CastingRuleViolationException(roleId, roleName, actorId, actorName, reason);
        }
    }
}

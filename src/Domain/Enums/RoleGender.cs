using CastingAgency.Domain.Common;

namespace CastingAgency.Domain.Enums;

/// <summary>The gender a role is written for; <see cref="Any"/> fits every actor.</summary>
public enum RoleGender
{
    [WireName("female")] Female = 1,
    [WireName("male")] Male = 2,
    [WireName("non-binary")] NonBinary = 3,
    [WireName("any")] Any = 4,
}

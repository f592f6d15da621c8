using CastingAgency.Domain.Common;

namespace CastingAgency.Domain.Enums;

/// <summary>An actor's gender.</summary>
public enum Gender
{
    [WireName("female")] Female = 1,
    [WireName("male")] Male = 2,
    [WireName("non-binary")] NonBinary = 3,
}

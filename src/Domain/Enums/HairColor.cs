using CastingAgency.Domain.Common;

namespace CastingAgency.Domain.Enums;

public enum HairColor
{
    [WireName("black")] Black = 1,
    [WireName("brown")] Brown = 2,
    [WireName("blond")] Blond = 3,
    [WireName("auburn")] Auburn = 4,
    [WireName("chestnut")] Chestnut = 5,
    [WireName("red")] Red = 6,
    [WireName("gray")] Gray = 7,
    [WireName("white")] White = 8,
    [WireName("bald")] Bald = 9,
}

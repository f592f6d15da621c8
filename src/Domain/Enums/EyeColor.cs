using CastingAgency.Domain.Common;

namespace CastingAgency.Domain.Enums;

public enum EyeColor
{
    [WireName("amber")] Amber = 1,
    [WireName("blue")] Blue = 2,
    [WireName("brown")] Brown = 3,
    [WireName("gray")] Gray = 4,
    [WireName("green")] Green = 5,
    [WireName("hazel")] Hazel = 6,
    [WireName("red")] Red = 7,
    [WireName("violet")] Violet = 8,
}

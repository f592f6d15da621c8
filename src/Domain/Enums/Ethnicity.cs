using CastingAgency.Domain.Common;

namespace CastingAgency.Domain.Enums;

public enum Ethnicity
{
    [WireName("asian")] Asian = 1,
    [WireName("black")] Black = 2,
    [WireName("latino")] Latino = 3,
    [WireName("middle eastern")] MiddleEastern = 4,
    [WireName("south asian")] SouthAsian = 5,
    [WireName("southeast asian")] SoutheastAsian = 6,
    [WireName("white")] White = 7,
}

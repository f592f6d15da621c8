using CastingAgency.Domain.Common;

namespace CastingAgency.Domain.Enums;

public enum BodyType
{
    [WireName("average")] Average = 1,
    [WireName("slim")] Slim = 2,
    [WireName("athletic")] Athletic = 3,
    [WireName("muscular")] Muscular = 4,
    [WireName("curvy")] Curvy = 5,
    [WireName("heavyset")] Heavyset = 6,
    [WireName("plus-sized")] PlusSized = 7,
}

using CastingAgency.Domain.Common;

namespace CastingAgency.Domain.Enums;

/// <summary>What a member of a production's team does on it (docs/api.md, "Who may see what").</summary>
public enum TeamPosition
{
    [WireName("producer")] Producer = 1,
    [WireName("director")] Director = 2,
    [WireName("casting_director")] CastingDirector = 3,
    [WireName("casting_assistant")] CastingAssistant = 4,
    [WireName("reader")] Reader = 5,
}

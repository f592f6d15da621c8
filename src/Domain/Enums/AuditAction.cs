using CastingAgency.Domain.Common;

namespace CastingAgency.Domain.Enums;

/// <summary>What a change did to a resource (docs/api.md, "Audit trail").</summary>
public enum AuditAction
{
    [WireName("create")] Create = 1,
    [WireName("update")] Update = 2,
    [WireName("delete")] Delete = 3,
}

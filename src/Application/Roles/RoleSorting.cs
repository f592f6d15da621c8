using CastingAgency.Application.Common.Models;
using CastingAgency.Domain.Entities;

namespace CastingAgency.Application.Roles;

/// <summary>The sortable fields of roles (contract §4).</summary>
public static class RoleSorting
{
    public static readonly SortMap<Role> Map = new SortMap<Role>(r => r.Id)
        .Add("name", r => r.NameNormalized)
        .Add("min_age", r => r.MinAge)
        .Add("max_age", r => r.MaxAge);
}

using CastingAgency.Application.Common.Models;
using CastingAgency.Domain.Entities;

namespace CastingAgency.Application.Actors;

/// <summary>The sortable fields of actors (contract §4).</summary>
public static class ActorSorting
{
    public static readonly SortMap<Actor> Map = new SortMap<Actor>(a => a.Id)
        .Add("name", a => a.NameNormalized)
        .Add("age", a => a.Age)
        .Add("height", a => a.Height);
}

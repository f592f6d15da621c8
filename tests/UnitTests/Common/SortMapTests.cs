using CastingAgency.Application.Common.Models;
using CastingAgency.Infrastructure.Queries.Lists;

namespace CastingAgency.UnitTests.Common;

public class SortMapTests
{
    private sealed record Row(int Id, string Name, int Age, int? Height = null);

    private static readonly SortMap<Row> Map = new SortMap<Row>(r => r.Id).Add("name", r => r.Name).Add("age", r => r.Age).Add("height", r => r.Height);

    private static readonly Row[] Rows = [new(3, "b", 30, 170), new(1, "a", 30), new(2, "c", 20, 160)];

    private static int[] Sorted(string? sort) => Keyset<Row>.Order(Rows.AsQueryable(), Map.Keys(sort), leadingNotNull: false).Select(r => r.Id).ToArray();

    [Test]
    public void ShouldDefaultToId() => Assert.That(Sorted(null), Is.EqualTo(new[] { 1, 2, 3 }));

    [Test]
    public void ShouldBreakTiesById() => Assert.That(Sorted("-age"), Is.EqualTo(new[] { 1, 3, 2 }));

    [Test]
    public void ShouldChainFields() => Assert.That(Sorted("age,-name"), Is.EqualTo(new[] { 2, 3, 1 }));

    [Test]
    public void ShouldSortByIdDescending() => Assert.That(Sorted("-id"), Is.EqualTo(new[] { 3, 2, 1 }));

    [Test]
    public void ShouldSortNullsLastInBothDirections()
    {
        Assert.That(Sorted("height"), Is.EqualTo(new[] { 2, 3, 1 }));
        Assert.That(Sorted("-height"), Is.EqualTo(new[] { 3, 2, 1 }));
    }

    [Test]
    public void ShouldReportUnknownFields() => Assert.That(Map.UnknownFields("name,-budget,+zip"), Is.EqualTo(new[] { "budget", "zip" }));
}

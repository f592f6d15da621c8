using System.Linq.Expressions;
using CastingAgency.Infrastructure.Queries.Lists;
using NUnit.Framework;

namespace CastingAgency.UnitTests.Infrastructure.Queries;

[TestFixture]
public sealed class AnyOfTests
{
    private static readonly int[] Ages = Enumerable.Range(-2, 126).ToArray(); // -2 … 123: outside the domain on both sides

    private static int[] Between(int? min, int? max) =>
        AnyOf.Between(Ages.AsQueryable(), min, max, a => a, 0, 120).ToArray();

    [TestCase(25, 35)]
    [TestCase(0, 120)]
    [TestCase(30, 30)]
    [TestCase(-5, 3)]
    [TestCase(118, 200)]
    [TestCase(40, 20)]
    [TestCase(130, 140)]
    public void ABoundedRangeKeepsTheDomainValuesBetweenItsBounds(int min, int max) =>
        Assert.That(Between(min, max), Is.EqualTo(Ages.Where(a => a >= min && a <= max && a is >= 0 and <= 120)));

    [TestCase(25, null)]
    [TestCase(null, 35)]
    [TestCase(null, null)]
    public void OneBoundOrNoneIsAPlainComparison(int? min, int? max) =>
        Assert.That(Between(min, max), Is.EqualTo(Ages.Where(a => (min is null || a >= min) && (max is null || a <= max))));

    [Test]
    public void ABoundedRangeIsOneListOfValuesAndOneBoundAComparison()
    {
        var range = AnyOf.Between(Ages.AsQueryable(), 25, 35, a => a, 0, 120).Expression;
        var low = AnyOf.Between(Ages.AsQueryable(), 25, null, a => a, 0, 120).Expression;

        Assert.Multiple(() =>
        {
            Assert.That(Nodes(range).OfType<MethodCallExpression>().Count(m => m.Method.Name == nameof(Enumerable.Contains)), Is.EqualTo(1));
            Assert.That(Nodes(range).Any(n => n.NodeType is ExpressionType.GreaterThanOrEqual or ExpressionType.LessThanOrEqual), Is.False,
                "no comparison: PostgreSQL's generic plan guesses 0.5% for a range of two parameters");
            Assert.That(Nodes(low).Count(n => n.NodeType == ExpressionType.GreaterThanOrEqual), Is.EqualTo(1));
        });
    }

    private static List<Expression> Nodes(Expression expression)
    {
        var collector = new Collector();
        collector.Visit(expression);
        return collector.Nodes;
    }

    private sealed class Collector : ExpressionVisitor
    {
        public List<Expression> Nodes { get; } = [];

        public override Expression? Visit(Expression? node)
        {
            if (node is not null)
            {
                Nodes.Add(node);
            }

            return base.Visit(node);
        }
    }
}

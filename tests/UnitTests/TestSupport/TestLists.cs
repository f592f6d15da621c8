using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Infrastructure.Cursors;
using CastingAgency.Infrastructure.Queries;
using CastingAgency.Infrastructure.Queries.Lists;
using Moq;

namespace CastingAgency.UnitTests.TestSupport;

/// <summary>The list reader over LINQ to Objects: a fixed cursor key and, unless given, no maintained counts.</summary>
internal static class TestLists
{
    private static readonly CursorProtector Cursors = new(new byte[32]);

    public static ListReader Reader(IQueryRunner runner, IRowCounts? counts = null) =>
        new(runner, TestMapper.Create(), Cursors, counts ?? Mock.Of<IRowCounts>());
}

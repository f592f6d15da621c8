using CastingAgency.Application.Actors.Queries.ListActors;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.Infrastructure.Cursors;
using CastingAgency.Infrastructure.Queries;
using CastingAgency.UnitTests.TestSupport;
using Moq;

namespace CastingAgency.UnitTests.Infrastructure.Queries;

/// <summary>ADR-011: the keyset predicate and the cursor format, run with LINQ to Objects.</summary>
public class ListReaderTests
{
    private ListActorsQueryHandler _handler = null!;

    [SetUp]
    public void SetUp()
    {
        var store = Enumerable.Range(1, 23)
            .Select(i => new Actor($"Actor {i % 4}", 20 + (i % 3), Gender.Female, height: i % 5 == 0 ? null : 150 + (i % 2)).WithIdentity(i))
            .ToList();
        var actors = new Mock<IActorRepository>();
        actors.Setup(a => a.Query()).Returns(() => store.AsQueryable());
        _handler = new ListActorsQueryHandler(new ActorQueries(actors.Object, TestLists.Reader(new InMemoryQueryRunner()), new InMemoryQueryRunner(), TestMapper.Create()));
    }

    [TestCase("id")]
    [TestCase("-name")]
    [TestCase("age,-name")]
    [TestCase("height")]
    [TestCase("-height,age")]
    public async Task ACursorWalkEqualsThePageWalk(string sort)
    {
        var byPage = new List<int>();
        for (var page = 1; page <= 10; page++)
        {
            byPage.AddRange((await _handler.Handle(new ListActorsQuery(new ActorFilter(), new PageRequest(page, 4, sort)), CancellationToken.None)).Items.Select(a => a.Id));
        }

        var byCursor = new List<int>();
        string? cursor = null;
        do
        {
            var page = await _handler.Handle(new ListActorsQuery(new ActorFilter(), new PageRequest(null, 4, sort, cursor, false)), CancellationToken.None);
            byCursor.AddRange(page.Items.Select(a => a.Id));
            Assert.That(page.Total, Is.Null);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.That(byCursor, Is.EqualTo(byPage));
        Assert.That(byCursor, Has.Count.EqualTo(23));
    }

    [TestCase("id")]
    [TestCase("-name")]
    [TestCase("-height,age")]
    public async Task ADeepPageReadsItsIdsFirstAndEqualsTheCursorWalk(string sort)
    {
        var store = Enumerable.Range(1, 1_150)
            .Select(i => new Actor($"Actor {i % 7}", 20 + (i % 3), Gender.Female, height: i % 5 == 0 ? null : 150 + (i % 2)).WithIdentity(i))
            .ToList();
        var actors = new Mock<IActorRepository>();
        actors.Setup(a => a.Query()).Returns(() => store.AsQueryable());
        var runner = new InMemoryQueryRunner();
        var handler = new ListActorsQueryHandler(new ActorQueries(actors.Object, TestLists.Reader(runner), runner, TestMapper.Create()));

        var walk = new List<int>();
        string? cursor = null;
        do
        {
            var page = await handler.Handle(new ListActorsQuery(new ActorFilter(), new PageRequest(null, 100, sort, cursor, false)), CancellationToken.None);
            walk.AddRange(page.Items.Select(a => a.Id));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        foreach (var number in new[] { 10, 11, 12 })
        {
            runner.Executed.Clear();
            var page = await handler.Handle(new ListActorsQuery(new ActorFilter(), new PageRequest(number, 100, sort, null, false)), CancellationToken.None);

            Assert.That(page.Items.Select(a => a.Id), Is.EqualTo(walk.Skip((number - 1) * 100).Take(100)), $"page {number}");
            Assert.That(
                runner.Executed.Single().ToString(),
                number > 10 ? Does.Contain(".Contains(") : Does.Not.Contain(".Contains("),
                $"page {number}: ids first from 1,000 skipped rows (ListReader.DeepOffset)");
        }

        Assert.That(walk, Has.Count.EqualTo(1_150));
    }

    [Test]
    public async Task AChangedCursorOrSortIsAValidationErrorNamingCursor()
    {
        var first = await _handler.Handle(new ListActorsQuery(new ActorFilter(), new PageRequest(null, 4, "name")), CancellationToken.None);
        var cursor = first.NextCursor!;

        var otherSort = Assert.ThrowsAsync<ValidationException>(() =>
            _handler.Handle(new ListActorsQuery(new ActorFilter(), new PageRequest(null, 4, "-name", cursor)), CancellationToken.None));
        var altered = Assert.ThrowsAsync<ValidationException>(() =>
            _handler.Handle(new ListActorsQuery(new ActorFilter(), new PageRequest(null, 4, "name", "x" + cursor)), CancellationToken.None));

        Assert.That(otherSort!.Errors.Keys, Is.EqualTo(new[] { "cursor" }));
        Assert.That(altered!.Errors.Keys, Is.EqualTo(new[] { "cursor" }));
    }

    [Test]
    public void CursorSigningRejectsAnyChange()
    {
        var signing = new CursorProtector(new byte[32]);
        var cursor = signing.Protect("{\"a\":1}"u8);

        Assert.That(signing.Unprotect(cursor), Is.EqualTo("{\"a\":1}"u8.ToArray()));
        Assert.That(new CursorProtector(new byte[32].Select(_ => (byte)1).ToArray()).Unprotect(cursor), Is.Null);
        Assert.That(signing.Unprotect(cursor[..^1] + (cursor[^1] == 'A' ? 'B' : 'A')), Is.Null);
        Assert.That(signing.Unprotect("no-dot"), Is.Null);
    }
}

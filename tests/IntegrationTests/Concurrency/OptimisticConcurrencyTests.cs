using System.Net;
using System.Net.Http.Headers;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.Application.Actors.Commands.UpdateActor;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Infrastructure.Persistence;
using CastingAgency.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Testing = CastingAgency.IntegrationTests.Testing;

namespace CastingAgency.IntegrationTests.Concurrency;

/// <summary>
/// docs/api.md §7: of N writers holding one <c>If-Match</c> exactly one wins, because the version is checked in
/// the same UPDATE/DELETE statement (<c>WHERE version = expected</c>), not only before it.
/// </summary>
public sealed class OptimisticConcurrencyTests : IntegrationTestBase
{
    private static readonly DateOnly ReleaseDate = new(2019, 3, 22);

    private static async Task<Movie> NewMovieAsync()
    {
        var movie = new Movie("The Last Lighthouse", ReleaseDate, "Harbor Pictures");
        await InsertAsync(movie);
        return movie;
    }

    private static async Task<Actor> NewActorAsync()
    {
        var actor = new Actor("Maya Torres", 34, Gender.Female, "Lisbon");
        await InsertAsync(actor);
        return actor;
    }

    private static async Task<Role> NewRoleAsync()
    {
        var movie = await NewMovieAsync();
        var role = new Role(movie.Id, "Keeper", RoleGender.Any, 20, 60, "The lighthouse keeper.");
        await InsertAsync(role);
        return role;
    }

    /// <summary>One resource kind: how to create it, a distinct PATCH body per writer and how to read the stored field.</summary>
    public sealed record Kind(string Name, string Path, string Field, Func<Task<int>> Create, Func<int, Task<string?>> Stored);

    private static IEnumerable<TestCaseData> Kinds()
    {
        yield return new TestCaseData(new Kind(
            "actor", "/actors", "name",
            async () => (await NewActorAsync()).Id,
            async id => (await FindAsync<Actor>(id))?.Name)).SetArgDisplayNames("actor");
        yield return new TestCaseData(new Kind(
            "movie", "/movies", "company",
            async () => (await NewMovieAsync()).Id,
            async id => (await FindAsync<Movie>(id))?.Company)).SetArgDisplayNames("movie");
        yield return new TestCaseData(new Kind(
            "role", "/roles", "name",
            async () => (await NewRoleAsync()).Id,
            async id => (await FindAsync<Role>(id))?.Name)).SetArgDisplayNames("role");
    }

    private static IEnumerable<TestCaseData> KindsAndWriters()
    {
        foreach (var writers in new[] { 2, 16 })
        {
            foreach (var kind in Kinds())
            {
                var k = (Kind)kind.Arguments[0]!;
                yield return new TestCaseData(k, writers).SetArgDisplayNames(k.Name, writers.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    private static async Task<string> CurrentETagAsync(string url)
    {
        var response = await AsProducer().GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var etag = response.Headers.ETag;
        Assert.That(etag, Is.Not.Null, "GET by id carries an ETag");
        Assert.That(etag!.IsWeak, Is.False, "the ETag is strong");
        return etag.Tag;
    }

    private static HttpRequestMessage Request(HttpMethod method, string url, string? ifMatch, string? json = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(ifMatch));
        }

        if (json is not null)
        {
            request.Content = RawJson(json);
        }

        return request;
    }

    /// <summary>Starts all requests at once (each on its own client, released together) and waits for all.</summary>
    private static async Task<HttpResponseMessage[]> RaceAsync(int writers, Func<int, HttpRequestMessage> build)
    {
        var clients = Enumerable.Range(0, writers).Select(_ => AsProducer()).ToArray();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = Enumerable.Range(0, writers).Select(async i =>
        {
            using var request = build(i);
            await start.Task;
            return await clients[i].SendAsync(request);
        }).ToArray();
        start.SetResult();
        return await Task.WhenAll(tasks);
    }

    [TestCaseSource(nameof(KindsAndWriters))]
    public async Task ConcurrentPatchesWithOneIfMatchShouldLetExactlyOneWin(Kind kind, int writers)
    {
        var id = await kind.Create();
        var url = $"{kind.Path}/{id}";
        var etag = await CurrentETagAsync(url);

        var responses = await RaceAsync(writers, i => Request(HttpMethod.Patch, url, etag, $$"""{"{{kind.Field}}":"Writer {{i}}"}"""));

        var winners = Enumerable.Range(0, writers).Where(i => responses[i].StatusCode == HttpStatusCode.OK).ToArray();
        var statuses = string.Join(", ", responses.Select(r => (int)r.StatusCode));
        Assert.That(winners, Has.Length.EqualTo(1), $"exactly one writer wins; statuses: {statuses}");
        var inStatement = 0;
        foreach (var loser in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            var problem = await AssertProblemAsync(loser, 412, "Precondition failed");
            inStatement += problem["detail"]!.GetValue<string>().Contains("changed by another request", StringComparison.Ordinal) ? 1 : 0;
        }

        TestContext.Out.WriteLine($"{kind.Name} x{writers}: {writers - 1} losers, {inStatement} refused by the UPDATE's version check, the rest by the read-time check");
        var winner = winners[0];
        var body = await ReadJsonAsync(responses[winner]);
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(body[kind.Name]![kind.Field]!.GetValue<string>(), Is.EqualTo($"Writer {winner}"));
            Assert.That(await kind.Stored(id), Is.EqualTo($"Writer {winner}"), "the stored row is the winner's");
            Assert.That(responses[winner].Headers.ETag?.Tag, Is.Not.EqualTo(etag), "the write changed the ETag");
            Assert.That(await CurrentETagAsync(url), Is.EqualTo(responses[winner].Headers.ETag?.Tag), "the winner's ETag is the current one");
        });
    }

    [TestCaseSource(nameof(KindsAndWriters))]
    public async Task ConcurrentDeletesWithOneIfMatchShouldLetExactlyOneWin(Kind kind, int writers)
    {
        var id = await kind.Create();
        var url = $"{kind.Path}/{id}";
        var etag = await CurrentETagAsync(url);

        var responses = await RaceAsync(writers, _ => Request(HttpMethod.Delete, url, etag));

        var statuses = string.Join(", ", responses.Select(r => (int)r.StatusCode));
        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.OK), Is.EqualTo(1), $"exactly one delete wins; statuses: {statuses}");
        foreach (var loser in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            // A loser that read the row before the winner committed fails its conditional DELETE: 412. One that reads
            // after the commit finds no row; RFC 9110 §13.2.1 says preconditions are then ignored, so it is a 404.
            var status = (int)loser.StatusCode;
            TestContext.Out.WriteLine($"{kind.Name} x{writers} delete loser: {status}");
            Assert.That(status, Is.AnyOf(412, 404), statuses);
            await AssertProblemAsync(loser, status, status == 412 ? "Precondition failed" : "Resource not found");
        }

        Assert.That(await kind.Stored(id), Is.Null, "the row is gone");
    }

    [TestCaseSource(nameof(Kinds))]
    public async Task StaleIfMatchOnDeleteShouldBe412AndKeepTheRow(Kind kind)
    {
        var id = await kind.Create();
        var url = $"{kind.Path}/{id}";
        var stale = await CurrentETagAsync(url);
        var patch = await AsProducer().SendAsync(Request(HttpMethod.Patch, url, null, $$"""{"{{kind.Field}}":"Changed meanwhile"}"""));
        Assert.That(patch.StatusCode, Is.EqualTo(HttpStatusCode.OK), await patch.Content.ReadAsStringAsync());

        var response = await AsProducer().SendAsync(Request(HttpMethod.Delete, url, stale));

        await AssertProblemAsync(response, 412, "Precondition failed");
        Assert.That(await kind.Stored(id), Is.EqualTo("Changed meanwhile"), "nothing was deleted");
    }

    [TestCaseSource(nameof(Kinds))]
    public async Task StaleIfMatchOnPatchShouldBe412AndChangeNothing(Kind kind)
    {
        var id = await kind.Create();
        var url = $"{kind.Path}/{id}";
        var stale = await CurrentETagAsync(url);
        var first = await AsProducer().SendAsync(Request(HttpMethod.Patch, url, stale, $$"""{"{{kind.Field}}":"First"}"""));
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK), await first.Content.ReadAsStringAsync());

        var second = await AsProducer().SendAsync(Request(HttpMethod.Patch, url, stale, $$"""{"{{kind.Field}}":"Second"}"""));

        await AssertProblemAsync(second, 412, "Precondition failed");
        Assert.That(await kind.Stored(id), Is.EqualTo("First"));
    }

    [TestCaseSource(nameof(Kinds))]
    public async Task IfNoneMatchOnGetShouldAnswer304ForTheCurrentTagAnd200ForAnOldOne(Kind kind)
    {
        var id = await kind.Create();
        var url = $"{kind.Path}/{id}";
        var old = await CurrentETagAsync(url);
        var patch = await AsProducer().SendAsync(Request(HttpMethod.Patch, url, old, $$"""{"{{kind.Field}}":"Newer"}"""));
        Assert.That(patch.StatusCode, Is.EqualTo(HttpStatusCode.OK), await patch.Content.ReadAsStringAsync());
        var current = patch.Headers.ETag!.Tag;

        using var notModifiedRequest = new HttpRequestMessage(HttpMethod.Get, url);
        notModifiedRequest.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(current));
        var notModified = await AsProducer().SendAsync(notModifiedRequest);

        using var changedRequest = new HttpRequestMessage(HttpMethod.Get, url);
        changedRequest.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(old));
        var changed = await AsProducer().SendAsync(changedRequest);

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(notModified.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
            Assert.That(await notModified.Content.ReadAsStringAsync(), Is.Empty, "a 304 has no body");
            Assert.That(notModified.Headers.ETag?.Tag, Is.EqualTo(current));
            Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(changed.Headers.ETag?.Tag, Is.EqualTo(current));
            Assert.That((await ReadJsonAsync(changed))[kind.Name]![kind.Field]!.GetValue<string>(), Is.EqualTo("Newer"));
        });
    }

    [Test]
    public async Task ETagShouldChangeOnEveryWrite()
    {
        var client = AsProducer();
        var created = await client.PostAsync("/actors", RawJson("""{"name":"Ines Duarte","age":41,"gender":"female"}"""));
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var id = (await ReadJsonAsync(created))["created"]!.GetValue<int>();
        var tags = new List<string> { created.Headers.ETag!.Tag };

        foreach (var age in new[] { 42, 43, 44 })
        {
            using var request = Request(HttpMethod.Patch, $"/actors/{id}", tags[^1], $$"""{"age":{{age}}}""");
            var response = await client.SendAsync(request);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
            Assert.That(response.Headers.ETag, Is.Not.Null);
            tags.Add(response.Headers.ETag!.Tag);
        }

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(tags, Is.Unique, string.Join(" ", tags));
            Assert.That(tags, Has.All.Match("^\"[0-9]+\"$"), "a strong tag from the row version");
            Assert.That(await CurrentETagAsync($"/actors/{id}"), Is.EqualTo(tags[^1]));
        });
    }

    [Test]
    public async Task WeakOrForeignIfMatchShouldNeverMatch()
    {
        var actor = await NewActorAsync();
        var url = $"/actors/{actor.Id}";
        var etag = await CurrentETagAsync(url);

        using var weak = new HttpRequestMessage(HttpMethod.Patch, url) { Content = RawJson("""{"age":50}""") };
        weak.Headers.IfMatch.Add(new EntityTagHeaderValue(etag, isWeak: true));
        using var foreign = new HttpRequestMessage(HttpMethod.Patch, url) { Content = RawJson("""{"age":51}""") };
        foreign.Headers.IfMatch.Add(new EntityTagHeaderValue("\"not-a-version\""));

        await AssertProblemAsync(await AsProducer().SendAsync(weak), 412, "Precondition failed");
        await AssertProblemAsync(await AsProducer().SendAsync(foreign), 412, "Precondition failed");
        Assert.That((await FindAsync<Actor>(actor.Id))!.Age, Is.EqualTo(34));
    }

    [Test]
    public async Task VersionShouldBeCheckedInTheWriteStatementItself()
    {
        // Two units of work read version 1; the second to save must fail even though its read-time check passed.
        var actor = await NewActorAsync();
        await using var first = Testing.Factory.Services.CreateAsyncScope();
        await using var second = Testing.Factory.Services.CreateAsyncScope();
        var firstActors = first.ServiceProvider.GetRequiredService<CastingAgencyDbContext>().Set<Actor>();
        var secondActors = second.ServiceProvider.GetRequiredService<CastingAgencyDbContext>().Set<Actor>();
        var mine = await firstActors.SingleAsync(a => a.Id == actor.Id);
        var theirs = await secondActors.SingleAsync(a => a.Id == actor.Id);
        Assert.That((mine.Version, theirs.Version), Is.EqualTo((1, 1)));

        new UpdateActorCommand { Age = 40 }.ApplyTo(theirs);
        await second.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
        new UpdateActorCommand { Age = 50 }.ApplyTo(mine);
        var unitOfWork = first.ServiceProvider.GetRequiredService<IUnitOfWork>();

        Assert.ThrowsAsync<ConcurrencyException>(() => unitOfWork.SaveChangesAsync(CancellationToken.None));
        var stored = (await FindAsync<Actor>(actor.Id))!;
        Assert.That((stored.Age, stored.Version), Is.EqualTo((40, 2)), "the later writer changed nothing");
    }

    [Test]
    public async Task DeleteShouldCheckTheVersionInTheDeleteStatement()
    {
        var movie = await NewMovieAsync();
        await using var first = Testing.Factory.Services.CreateAsyncScope();
        await using var second = Testing.Factory.Services.CreateAsyncScope();
        var firstContext = first.ServiceProvider.GetRequiredService<CastingAgencyDbContext>();
        var mine = await firstContext.Set<Movie>().SingleAsync(m => m.Id == movie.Id);
        var theirs = await second.ServiceProvider.GetRequiredService<CastingAgencyDbContext>().Set<Movie>().SingleAsync(m => m.Id == movie.Id);

        theirs.Update(theirs.Title, theirs.ReleaseDate, "Changed Meanwhile", theirs.Description);
        await second.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
        firstContext.Remove(mine);
        var unitOfWork = first.ServiceProvider.GetRequiredService<IUnitOfWork>();

        Assert.ThrowsAsync<ConcurrencyException>(() => unitOfWork.SaveChangesAsync(CancellationToken.None));
        Assert.That((await FindAsync<Movie>(movie.Id))?.Company, Is.EqualTo("Changed Meanwhile"), "the stale delete removed nothing");
    }

    [Test]
    public async Task WriteWithoutIfMatchShouldGoThrough()
    {
        var actor = await NewActorAsync();

        var response = await AsProducer().PatchAsync($"/actors/{actor.Id}", RawJson("""{"age":35}"""));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That((await FindAsync<Actor>(actor.Id))!.Age, Is.EqualTo(35));
    }
}

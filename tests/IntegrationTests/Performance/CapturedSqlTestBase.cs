using System.Data.Common;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CastingAgency.IntegrationTests.Performance;

/// <summary>
/// A dedicated factory whose <see cref="DbCommandInterceptor"/> records the text of every SQL command, over a small
/// dataset (five movies, eight actors, each movie with three roles, two of them cast, and a pipeline): the ground
/// for <see cref="SqlCommandCountTests"/> (how many commands) and <see cref="PlanGuardTests"/> (what they look like).
/// </summary>
public abstract class CapturedSqlTestBase : IntegrationTestBase
{
    private WebApplicationFactory<Program>? _factory;

    private protected CommandCounter Counter { get; } = new();

    private protected Ids TestIds { get; private set; } = null!;

    private protected WebApplicationFactory<Program> Factory => _factory ?? throw new InvalidOperationException("the factory starts in OneTimeSetUp");

    [OneTimeSetUp]
    public void StartCountingFactory() =>
        _factory = Testing.Factory.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(Counter)));

    [OneTimeTearDown]
    public async Task StopCountingFactory()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }

    [SetUp]
    public async Task SeedAsync()
    {
        // Five movies, eight actors, and each movie with three roles, two of them cast.
        var movies = Enumerable.Range(1, 5).Select(i => new Movie($"Movie {i}", new DateOnly(2000 + i, 1, 1), "Studio")).ToArray();
        await InsertAsync(movies);
        var actors = Enumerable.Range(1, 8)
            .Select(i => new Actor($"Actor {i}", 30 + i, i % 2 == 0 ? Gender.Female : Gender.Male, "Rome", email: $"a{i}@example.com"))
            .ToArray();
        await InsertAsync(actors);
        var roles = movies.SelectMany((m, i) => new[]
        {
            new Role(m.Id, "Lead", RoleGender.Any, 20, 60, actor: actors[i]),
            new Role(m.Id, "Friend", RoleGender.Any, 20, 60, actor: actors[i + 3]),
            new Role(m.Id, "Extra", RoleGender.Any, 20, 60),
        }).ToArray();
        await InsertRolesAsync(actors, roles);

        // The pipeline: every open role lists four actors, each with two appointments (one entry offered per role).
        var (entry, offered, appointment) = await ExecuteDbContextAsync(async context =>
        {
            var open = await context.Roles.Include(r => r.Shortlist).Where(r => r.ActorId == null).OrderBy(r => r.Id).ToListAsync();
            var people = await context.Actors.OrderBy(a => a.Id).ToListAsync();
            var entries = new List<ShortlistEntry>();
            foreach (var role in open)
            {
                entries.AddRange(people.Take(4).Select(a => role.AddToShortlist(a, "test|seed", null)));
            }

            await context.SaveChangesAsync();
            var day = new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);
            var booked = new List<Appointment>();
            foreach (var (e, i) in entries.Select((e, i) => (e, i)))
            {
                var actor = people.Single(a => a.Id == e.ActorId);
                booked.Add(e.Book(AppointmentKind.Audition, day.AddDays(i).AddHours(0), day.AddDays(i).AddHours(1), "Room", actor, []));
                booked.Add(e.Book(AppointmentKind.Audition, day.AddDays(i).AddHours(2), day.AddDays(i).AddHours(3), "Room", actor, []));
            }

            await context.SaveChangesAsync();
            open[0].Move(entries[1], ShortlistStatus.Offered, "test|seed");
            await context.SaveChangesAsync();
            return (entries[0].Id, entries[1].Id, booked[0].Id);
        });
        TestIds = new Ids(movies[0].Id, movies[4].Id, actors[0].Id, actors[7].Id, roles[0].Id, roles[2].Id, entry, offered, appointment);
    }

    /// <summary>Adds the roles with their (already stored) actors attached, not re-added.</summary>
    private protected static Task InsertRolesAsync(Actor[] actors, Role[] roles) =>
        ExecuteDbContextAsync(async context =>
        {
            context.Actors.AttachRange(actors);
            context.Roles.AddRange(roles);
            await context.SaveChangesAsync();
        });

    public sealed record Ids(int Movie, int OtherMovie, int Actor, int OtherActor, int Role, int OpenRole, int Entry, int Offered, int Appointment);

    /// <summary>Records the text of every command EF Core executes.</summary>
    private protected sealed class CommandCounter : DbCommandInterceptor
    {
        private readonly List<string> _commands = [];

        public void Reset()
        {
            lock (_commands)
            {
                _commands.Clear();
            }
        }

        public List<string> Snapshot()
        {
            lock (_commands)
            {
                return [.. _commands];
            }
        }

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
            Record(command, result);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Record(command, result));

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
            Record(command, result);

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Record(command, result));

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
            Record(command, result);

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Record(command, result));

        private T Record<T>(DbCommand command, T result)
        {
            lock (_commands)
            {
                _commands.Add(command.CommandText);
            }

            return result;
        }
    }
}

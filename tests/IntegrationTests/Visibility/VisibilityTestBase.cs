using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.Infrastructure.Persistence;
using CastingAgency.Infrastructure.Persistence.Visibility;
using CastingAgency.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CastingAgency.IntegrationTests.Visibility;

/// <summary>The productions a visibility test runs against: one open, two confidential with teams of their own.</summary>
public enum Production
{
    Open,

    /// <summary>Confidential; <see cref="Caller.Member"/> is on its team and <see cref="Caller.Removed"/> was.</summary>
    Own,

    /// <summary>Confidential; only a stranger is on its team.</summary>
    Other,
}

/// <summary>Who calls: every caller holds the producer's permissions except <c>read:confidential</c>, unless named.</summary>
public enum Caller
{
    NoTeam,
    Member,
    Removed,
    ReadConfidential,
}

/// <summary>What one production holds: a movie, a role cast with the shared lead, an open role with an entry and an appointment.</summary>
public sealed record ProductionIds(int Movie, int LeadRole, int ExtraRole, int Entry, int Appointment);

/// <summary>
/// Seeds the three productions straight into the database, past the visibility filter (the team endpoints and the
/// <c>confidential</c> flag of the API come with another change), and gives each caller a client.
/// </summary>
public abstract class VisibilityTestBase : IntegrationTestBase
{
    protected const string MemberSubject = "test|member";
    protected const string RemovedSubject = "test|removed";

    /// <summary>The day each production's appointment is on (09:00-10:00 UTC): Open on the 2nd, Own the 3rd, Other the 4th.</summary>
    protected static readonly DateTime FirstDay = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    protected IReadOnlyDictionary<Production, ProductionIds> Ids { get; private set; } = null!;

    /// <summary>Cast in every production's lead role (female, 35).</summary>
    protected int LeadActor { get; private set; }

    /// <summary>On every production's open role, with an appointment in each (male, 30).</summary>
    protected int ExtraActor { get; private set; }

    /// <summary>On no list: free to be shortlisted anywhere (female, 30).</summary>
    protected int FreeActor { get; private set; }

    [SetUp]
    public async Task SeedProductionsAsync()
    {
        var lead = new Actor("Lena Lead", 35, Gender.Female);
        var extra = new Actor("Ezra Extra", 30, Gender.Male);
        var free = new Actor("Fay Free", 30, Gender.Female);
        await InsertAsync(lead, extra, free);
        (LeadActor, ExtraActor, FreeActor) = (lead.Id, extra.Id, free.Id);

        var ids = new Dictionary<Production, ProductionIds>();
        foreach (var (production, i) in Enum.GetValues<Production>().Select((p, i) => (p, i)))
        {
            ids[production] = await SeedAsync(production, i);
        }

        Ids = ids;
        await AddTeamMemberAsync(Ids[Production.Own].Movie, MemberSubject, TeamPosition.CastingDirector);
        await AddTeamMemberAsync(Ids[Production.Own].Movie, RemovedSubject, TeamPosition.Reader);
        await RemoveTeamMemberAsync(Ids[Production.Own].Movie, RemovedSubject);
        await AddTeamMemberAsync(Ids[Production.Other].Movie, "test|stranger", TeamPosition.Producer);
    }

    private async Task<ProductionIds> SeedAsync(Production production, int index) =>
        await ExecuteSeeingEverythingAsync(async context =>
        {
            var movie = new Movie(production == Production.Open ? "Open Production" : $"Working Title {production}", new DateOnly(2027, 1, 1 + index));
            movie.SetConfidential(production != Production.Open);
            context.Movies.Add(movie);
            await context.SaveChangesAsync();

            var lead = await context.Actors.SingleAsync(a => a.Id == LeadActor);
            var extra = await context.Actors.SingleAsync(a => a.Id == ExtraActor);
            var leadRole = new Role(movie.Id, $"Lead of {production}", RoleGender.Female, 30, 40, actor: lead);
            var extraRole = new Role(movie.Id, $"Extra of {production}", RoleGender.Any, 20, 60);
            context.Roles.AddRange(leadRole, extraRole);
            await context.SaveChangesAsync();

            var entry = extraRole.AddToShortlist(extra, "test|seed", null);
            await context.SaveChangesAsync();
            var day = FirstDay.AddDays(index);
            var appointment = entry.Book(AppointmentKind.Audition, day, day.AddHours(1), "Studio", extra, []);
            await context.SaveChangesAsync();
            return new ProductionIds(movie.Id, leadRole.Id, extraRole.Id, entry.Id, appointment.Id);
        });

    /// <summary>Puts <paramref name="subject"/> on the movie's team, straight into the database.</summary>
    protected static Task AddTeamMemberAsync(int movieId, string subject, TeamPosition position) =>
        ExecuteSeeingEverythingAsync(async context =>
        {
            context.TeamMembers.Add(new TeamMember(movieId, subject, position, null, "test|seed"));
            await context.SaveChangesAsync();
        });

    protected static Task RemoveTeamMemberAsync(int movieId, string subject) =>
        ExecuteSeeingEverythingAsync(context => context.TeamMembers.Where(t => t.MovieId == movieId && t.Subject == subject).ExecuteDeleteAsync());

    /// <summary>Runs <paramref name="action"/> with a context that sees every production (a test's arrangement and inspection).</summary>
    protected static async Task<T> ExecuteSeeingEverythingAsync<T>(Func<CastingAgencyDbContext, Task<T>> action)
    {
        await using var scope = Testing.Factory.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<CastingAgencyDbContext>();
        context.Caller = new ProductionVisibility.Caller(null, SeesEveryProduction: true);
        return await action(context);
    }

    protected static Task ExecuteSeeingEverythingAsync(Func<CastingAgencyDbContext, Task> action) =>
        ExecuteSeeingEverythingAsync(async context =>
        {
            await action(context);
            return true;
        });

    protected static string SubjectOf(Caller caller) => caller switch
    {
        Caller.NoTeam => "test|outsider",
        Caller.Member => MemberSubject,
        Caller.Removed => RemovedSubject,
        Caller.ReadConfidential => "test|executive",
        _ => throw new ArgumentOutOfRangeException(nameof(caller)),
    };

    /// <summary>The producer's permissions; <c>read:confidential</c> only for <see cref="Caller.ReadConfidential"/>.</summary>
    protected static HttpClient As(Caller caller) => WithPermissions(PermissionsOf(caller), SubjectOf(caller));

    protected static string[] PermissionsOf(Caller caller) =>
        caller == Caller.ReadConfidential ? TestTokens.Producer : TestTokens.Producer.Where(p => p != "read:confidential").ToArray();

    protected static bool Sees(Caller caller, Production production) =>
        production == Production.Open || caller == Caller.ReadConfidential || (caller == Caller.Member && production == Production.Own);

    /// <summary>The productions <paramref name="caller"/> sees.</summary>
    protected static Production[] Seen(Caller caller) => Enum.GetValues<Production>().Where(p => Sees(caller, p)).ToArray();

    /// <summary>
    /// Every movie-owned row with its version, and every actor's: a refused write must leave this unchanged. Read past
    /// the filter.
    /// </summary>
    protected static Task<string> SnapshotAsync() =>
        ExecuteSeeingEverythingAsync(async context =>
        {
            var text = new StringBuilder();
            foreach (var m in await context.Movies.IgnoreQueryFilters().OrderBy(m => m.Id).Select(m => new { m.Id, m.Version, m.Confidential }).ToListAsync())
            {
                text.AppendLine($"movie {m.Id} v{m.Version} {m.Confidential}");
            }

            foreach (var r in await context.Roles.IgnoreQueryFilters().OrderBy(r => r.Id).Select(r => new { r.Id, r.Version, r.ActorId, r.MovieId }).ToListAsync())
            {
                text.AppendLine($"role {r.Id} v{r.Version} actor {r.ActorId} movie {r.MovieId}");
            }

            foreach (var e in await context.ShortlistEntries.IgnoreQueryFilters().OrderBy(e => e.Id).Select(e => new { e.Id, e.Version, e.Status }).ToListAsync())
            {
                text.AppendLine($"entry {e.Id} v{e.Version} {e.Status}");
            }

            foreach (var a in await context.Appointments.IgnoreQueryFilters().OrderBy(a => a.Id).Select(a => new { a.Id, a.Version, a.Status, a.StartsAt }).ToListAsync())
            {
                text.AppendLine($"appointment {a.Id} v{a.Version} {a.Status} {a.StartsAt:O}");
            }

            foreach (var a in await context.Actors.OrderBy(a => a.Id).Select(a => new { a.Id, a.Version }).ToListAsync())
            {
                text.AppendLine($"actor {a.Id} v{a.Version}");
            }

            foreach (var t in await context.TeamMembers.OrderBy(t => t.Id).Select(t => new { t.MovieId, t.Subject }).ToListAsync())
            {
                text.AppendLine($"team {t.MovieId} {t.Subject}");
            }

            text.AppendLine($"history {await context.Set<ShortlistStatusChange>().CountAsync()}");
            return text.ToString();
        });

    /// <summary>
    /// A problem body with its trace id removed and <paramref name="id"/> written as <c>{id}</c>: the body of a hidden
    /// id and of an id that never existed must then be the same text.
    /// </summary>
    protected static string Normalized(string body, int id)
    {
        var problem = JsonNode.Parse(body)!.AsObject();
        problem.Remove("trace_id");
        problem.Remove("traceId");

        // The id where text names it ("movie 17 does not exist", "/roles/17"), not a number property that equals it
        // ("status":404).
        return Regex.Replace(problem.ToJsonString(), $@"(?<![0-9:]){id}(?![0-9])", "{id}");
    }

    /// <summary>An id no row of any table has had: far above every seeded one.</summary>
    protected static int NeverExisting(int id) => id + 900_000;

    /// <summary>Every number in <paramref name="text"/> (ids, times and all): a leak check compares them with the hidden ids.</summary>
    protected static HashSet<string> Numbers(string text) => Regex.Matches(text, "[0-9]+").Select(m => m.Value).ToHashSet();
}

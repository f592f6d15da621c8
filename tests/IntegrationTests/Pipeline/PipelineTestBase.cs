using System.Net;
using System.Text.Json.Nodes;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CastingAgency.IntegrationTests.Pipeline;

/// <summary>Arrangement helpers of the casting pipeline's tests: stored movies, actors and roles, and HTTP steps.</summary>
public abstract class PipelineTestBase : IntegrationTestBase
{
    protected const string Monday = "2026-03-02";

    protected static async Task<int> MovieAsync(string title = "Pipeline Movie")
    {
        var movie = new Movie(title, new DateOnly(2025, 6, 1));
        await InsertAsync(movie);
        return movie.Id;
    }

    protected static async Task<int> ActorAsync(string name = "Ann", int age = 30, Gender gender = Gender.Female)
    {
        var actor = new Actor(name, age, gender);
        await InsertAsync(actor);
        return actor.Id;
    }

    protected static async Task<int> RoleAsync(int movieId, int minAge = 20, int maxAge = 40, RoleGender gender = RoleGender.Any) =>
        (await InsertRoleAsync(movieId, "Lead", gender, minAge, maxAge)).Id;

    /// <summary>Shortlists the actor for the role over HTTP (as the producer) and returns the entry's id.</summary>
    protected static async Task<int> ShortlistAsync(int roleId, int actorId, HttpClient? client = null)
    {
        var response = await PostJsonAsync(client ?? AsProducer(), $"/roles/{roleId}/shortlist", new { actor_id = actorId });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await ReadJsonAsync(response))["created"]!.GetValue<int>();
    }

    protected static async Task MoveAsync(int entryId, string status)
    {
        var response = await PatchJsonAsync(AsProducer(), $"/shortlist/{entryId}", new { status });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    /// <summary>Books [start, end) on <see cref="Monday"/> (times as "HH:mm", UTC) and returns the response.</summary>
    protected static Task<HttpResponseMessage> BookAsync(int entryId, string start, string end, string kind = "audition", HttpClient? client = null) =>
        PostJsonAsync(client ?? AsProducer(), $"/shortlist/{entryId}/appointments", new
        {
            kind,
            starts_at = $"{Monday}T{start}:00Z",
            ends_at = $"{Monday}T{end}:00Z",
            location = "Studio 4",
        });

    protected static async Task<int> BookedAsync(int entryId, string start, string end, string kind = "audition")
    {
        var response = await BookAsync(entryId, start, end, kind);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await ReadJsonAsync(response))["created"]!.GetValue<int>();
    }

    protected static Task<ShortlistEntry> EntryAsync(int id) =>
        ExecuteDbContextAsync(context => context.ShortlistEntries.AsNoTracking().SingleAsync(e => e.Id == id));

    protected static Task<Appointment> AppointmentAsync(int id) =>
        ExecuteDbContextAsync(context => context.Appointments.AsNoTracking().SingleAsync(a => a.Id == id));

    protected static Task<Role> StoredRoleAsync(int id) =>
        ExecuteDbContextAsync(context => context.Roles.AsNoTracking().SingleAsync(r => r.Id == id));

    /// <summary>The pipeline's invariants, counted by the database itself over every row (each must be 0).</summary>
    protected static Task<(int Overlaps, int DoubleOffers, int CastMismatches)> CountViolationsAsync() =>
        ExecuteDbContextAsync(async context =>
        {
            var overlaps = await context.Database.SqlQueryRaw<int>(
                """
                SELECT COUNT(*) AS "Value" FROM appointments a JOIN appointments b
                  ON a."ActorId" = b."ActorId" AND a."Id" < b."Id"
                 AND a."StartsAt" < b."EndsAt" AND b."StartsAt" < a."EndsAt"
                WHERE a."Status" NOT IN ('declined', 'canceled') AND b."Status" NOT IN ('declined', 'canceled')
                """).SingleAsync();
            var offers = await context.Database.SqlQueryRaw<int>(
                """
                SELECT COUNT(*) AS "Value" FROM (SELECT "RoleId" FROM shortlist_entries WHERE "Status" = 'offered'
                GROUP BY "RoleId" HAVING COUNT(*) > 1) t
                """).SingleAsync();
            var mismatches = await context.Database.SqlQueryRaw<int>(
                """
                SELECT COUNT(*) AS "Value" FROM shortlist_entries e JOIN roles r ON r."Id" = e."RoleId"
                WHERE (e."Status" = 'cast') <> (r."ActorId" IS NOT NULL AND r."ActorId" = e."ActorId")
                """).SingleAsync();
            return (overlaps, offers, mismatches);
        });

    protected static List<string> Statuses(JsonNode? array) => Values<string>(array, "status");
}

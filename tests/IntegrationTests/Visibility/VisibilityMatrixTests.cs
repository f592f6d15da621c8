using System.Net;

namespace CastingAgency.IntegrationTests.Visibility;

/// <summary>
/// Contract §12, "what belongs to a movie the caller does not see does not exist for that caller": every endpoint that
/// reads or writes a movie's things by id, for each kind of caller, against their own confidential production and
/// another one. A hidden thing answers exactly as an id that never existed (the same body, bar the id and the trace
/// id), and a refused write changes nothing.
/// </summary>
[TestFixture]
public sealed class VisibilityMatrixTests : VisibilityTestBase
{
    /// <summary>One request against one production's ids; <see cref="IdOf"/> is the id a never-existing one replaces.</summary>
    public sealed record Endpoint(
        string Name,
        string Method,
        Func<ProductionIds, int, string> Url,
        Func<ProductionIds, int, string?> Body,
        Func<ProductionIds, int> IdOf,
        HttpStatusCode Visible,
        HttpStatusCode Hidden = HttpStatusCode.NotFound)
    {
        public bool Writes => Method != "GET";

        public override string ToString() => Name;
    }

    /// <summary>The second argument of each function is the free actor (a write that shortlists someone new).</summary>
    public static readonly Endpoint[] Endpoints =
    [
        new("GET /movies/{id}", "GET", (p, _) => $"/movies/{p.Movie}", (_, _) => null, p => p.Movie, HttpStatusCode.OK),
        new("GET /movies/{id}/roles", "GET", (p, _) => $"/movies/{p.Movie}/roles", (_, _) => null, p => p.Movie, HttpStatusCode.OK),
        new("PATCH /movies/{id}", "PATCH", (p, _) => $"/movies/{p.Movie}", (_, _) => """{"description":"changed"}""", p => p.Movie, HttpStatusCode.OK),
        new("DELETE /movies/{id}", "DELETE", (p, _) => $"/movies/{p.Movie}", (_, _) => null, p => p.Movie, HttpStatusCode.OK),
        new("GET /roles/{id}", "GET", (p, _) => $"/roles/{p.LeadRole}", (_, _) => null, p => p.LeadRole, HttpStatusCode.OK),
        new("PATCH /roles/{id}", "PATCH", (p, _) => $"/roles/{p.ExtraRole}", (_, _) => """{"description":"changed"}""", p => p.ExtraRole, HttpStatusCode.OK),
        new("DELETE /roles/{id}", "DELETE", (p, _) => $"/roles/{p.ExtraRole}", (_, _) => null, p => p.ExtraRole, HttpStatusCode.OK),
        new(
            "POST /roles with movie_id", "POST", (_, _) => "/roles",
            (p, _) => $$"""{"movie_id":{{p.Movie}},"name":"Sidekick","gender":"any","min_age":20,"max_age":40}""",
            p => p.Movie, HttpStatusCode.Created, HttpStatusCode.UnprocessableEntity),
        new("GET /roles/{id}/candidates", "GET", (p, _) => $"/roles/{p.ExtraRole}/candidates", (_, _) => null, p => p.ExtraRole, HttpStatusCode.OK),
        new("GET /roles/{id}/shortlist", "GET", (p, _) => $"/roles/{p.ExtraRole}/shortlist", (_, _) => null, p => p.ExtraRole, HttpStatusCode.OK),
        new(
            "POST /roles/{id}/shortlist", "POST", (p, _) => $"/roles/{p.ExtraRole}/shortlist", (_, actor) => $$"""{"actor_id":{{actor}}}""",
            p => p.ExtraRole, HttpStatusCode.Created),
        new("GET /shortlist/{id}", "GET", (p, _) => $"/shortlist/{p.Entry}", (_, _) => null, p => p.Entry, HttpStatusCode.OK),
        new("PATCH /shortlist/{id}", "PATCH", (p, _) => $"/shortlist/{p.Entry}", (_, _) => """{"status":"callback"}""", p => p.Entry, HttpStatusCode.OK),
        new("DELETE /shortlist/{id}", "DELETE", (p, _) => $"/shortlist/{p.Entry}", (_, _) => null, p => p.Entry, HttpStatusCode.OK),
        new("GET /shortlist/{id}/history", "GET", (p, _) => $"/shortlist/{p.Entry}/history", (_, _) => null, p => p.Entry, HttpStatusCode.OK),
        new(
            "POST /shortlist/{id}/appointments", "POST", (p, _) => $"/shortlist/{p.Entry}/appointments",
            (_, _) => """{"kind":"audition","starts_at":"2026-04-01T09:00:00Z","ends_at":"2026-04-01T10:00:00Z","location":"Room"}""",
            p => p.Entry, HttpStatusCode.Created),
        new("GET /appointments/{id}", "GET", (p, _) => $"/appointments/{p.Appointment}", (_, _) => null, p => p.Appointment, HttpStatusCode.OK),
        new(
            "PATCH /appointments/{id}", "PATCH", (p, _) => $"/appointments/{p.Appointment}", (_, _) => """{"location":"Room 2"}""",
            p => p.Appointment, HttpStatusCode.OK),
        new("DELETE /appointments/{id}", "DELETE", (p, _) => $"/appointments/{p.Appointment}", (_, _) => null, p => p.Appointment, HttpStatusCode.OK),
    ];

    public static IEnumerable<TestCaseData> Cases() =>
        from endpoint in Endpoints
        from caller in Enum.GetValues<Caller>()
        from production in new[] { Production.Own, Production.Other }
        select new TestCaseData(endpoint, caller, production)
            .SetName($"ShouldAnswer{(Sees(caller, production) ? "As Usual" : "AsNeverExisting").Replace(" ", string.Empty)}" +
                $"({endpoint.Name},{caller},{production})");

    [TestCaseSource(nameof(Cases))]
    public async Task ShouldAnswerAsForAnIdThatNeverExistedWhenTheCallerDoesNotSeeTheProduction(Endpoint endpoint, Caller caller, Production production)
    {
        var ids = Ids[production];
        var client = As(caller);
        var before = await SnapshotAsync();

        var response = await SendAsync(client, endpoint.Method, endpoint.Url(ids, FreeActor), endpoint.Body(ids, FreeActor));
        var body = await response.Content.ReadAsStringAsync();

        if (Sees(caller, production))
        {
            Assert.That(response.StatusCode, Is.EqualTo(endpoint.Visible), body);
            return;
        }

        Assert.That(response.StatusCode, Is.EqualTo(endpoint.Hidden), body);
        Assert.That(await SnapshotAsync(), Is.EqualTo(before), "a refused write changes nothing");

        // The same request with an id that never existed in the hidden one's place: the same answer, byte for byte.
        var id = endpoint.IdOf(ids);
        var never = NeverExisting(id);
        var neverIds = Replace(ids, id, never);
        var reference = await SendAsync(client, endpoint.Method, endpoint.Url(neverIds, FreeActor), endpoint.Body(neverIds, FreeActor));
        var referenceBody = await reference.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(reference.StatusCode, Is.EqualTo(endpoint.Hidden), referenceBody);
            Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo(reference.Content.Headers.ContentType?.ToString()));
            Assert.That(Normalized(body, id), Is.EqualTo(Normalized(referenceBody, never)), $"{body}\n{referenceBody}");
        });
        Assert.That(await SnapshotAsync(), Is.EqualTo(before));
    }

    public static IEnumerable<TestCaseData> MoveCases() =>
        from caller in Enum.GetValues<Caller>()
        from production in new[] { Production.Own, Production.Other }
        select new TestCaseData(caller, production)
            .SetName($"ShouldMoveARoleTo{(Sees(caller, production) ? "ASeenMovie" : "AHiddenMovieAsToOneThatNeverExisted")}({caller},{production})");

    /// <summary>
    /// <c>PATCH /roles/{id}</c> of a role the caller sees (the open production's) with a <c>movie_id</c> in <paramref name="production"/>:
    /// a movie the caller does not see answers exactly as a movie id that never existed, and nothing changes.
    /// </summary>
    [TestCaseSource(nameof(MoveCases))]
    public async Task ShouldAnswerAMoveToAHiddenMovieAsAMoveToAMovieThatNeverExisted(Caller caller, Production production)
    {
        var role = Ids[Production.Open].ExtraRole;
        var movie = Ids[production].Movie;
        var client = As(caller);
        var before = await SnapshotAsync();

        var response = await SendAsync(client, "PATCH", $"/roles/{role}", $$"""{"movie_id":{{movie}}}""");
        var body = await response.Content.ReadAsStringAsync();

        if (Sees(caller, production))
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
            Assert.That(System.Text.Json.Nodes.JsonNode.Parse(body)!["role"]!["movie_id"]!.GetValue<int>(), Is.EqualTo(movie), body);
            return;
        }

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity), body);
        Assert.That(await SnapshotAsync(), Is.EqualTo(before), "a refused move changes nothing");

        var never = NeverExisting(movie);
        var reference = await SendAsync(client, "PATCH", $"/roles/{role}", $$"""{"movie_id":{{never}}}""");
        var referenceBody = await reference.Content.ReadAsStringAsync();
        // The role's id is the same in both requests: written as {role} first, so that only the movie id is compared.
        string Compared(string text, int id) => Normalized(text.Replace($"/roles/{role}", "/roles/{role}", StringComparison.Ordinal), id);
        Assert.Multiple(() =>
        {
            Assert.That(reference.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity), referenceBody);
            Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo(reference.Content.Headers.ContentType?.ToString()));
            Assert.That(Compared(body, movie), Is.EqualTo(Compared(referenceBody, never)), $"{body}\n{referenceBody}");
        });
        Assert.That(await SnapshotAsync(), Is.EqualTo(before));
    }

    private static ProductionIds Replace(ProductionIds ids, int id, int by) => new(
        ids.Movie == id ? by : ids.Movie,
        ids.LeadRole == id ? by : ids.LeadRole,
        ids.ExtraRole == id ? by : ids.ExtraRole,
        ids.Entry == id ? by : ids.Entry,
        ids.Appointment == id ? by : ids.Appointment);

    /// <summary>Sanity: the matrix would notice — a caller that sees a production reads its title.</summary>
    [Test]
    public async Task ShouldShowTheOwnProductionToItsTeamMember()
    {
        var movie = await GetOkJsonAsync(As(Caller.Member), $"/movies/{Ids[Production.Own].Movie}");
        Assert.That(movie["movie"]?["title"]?.GetValue<string>() ?? movie.ToJsonString(), Does.Contain("Working Title Own"));
    }
}

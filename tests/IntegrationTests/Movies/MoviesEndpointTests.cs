using System.Net;
using System.Net.Http.Json;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CastingAgency.IntegrationTests.Movies;

public sealed class MoviesEndpointTests : IntegrationTestBase
{
    private static Movie NewMovie(string title = "Paper Crowns", string date = "2018-11-02", string? company = "Northlight") =>
        new(title, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), company, "A family print shop.");

    [Test]
    public async Task ShouldReturn401WithoutToken()
    {
        var response = await Anonymous().GetAsync("/movies");
        await AssertProblemAsync(response, 401, "Request does not contain authorization header");
        Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.StartWith("Bearer"));
    }

    [TestCase("assistant", "GET", "/movies", 200)]
    [TestCase("assistant", "POST", "/movies", 403)]
    [TestCase("assistant", "PATCH", "/movies/{id}", 403)]
    [TestCase("assistant", "DELETE", "/movies/{id}", 403)]
    [TestCase("director", "GET", "/movies/{id}", 200)]
    [TestCase("director", "POST", "/movies", 403)]
    [TestCase("director", "PATCH", "/movies/{id}", 200)]
    [TestCase("director", "DELETE", "/movies/{id}", 403)]
    [TestCase("producer", "POST", "/movies", 201)]
    [TestCase("producer", "PATCH", "/movies/{id}", 200)]
    [TestCase("producer", "DELETE", "/movies/{id}", 200)]
    [TestCase("none", "GET", "/movies/{id}", 401)]
    [TestCase("none", "POST", "/movies", 401)]
    [TestCase("none", "PATCH", "/movies/{id}", 401)]
    [TestCase("none", "DELETE", "/movies/{id}", 401)]
    public async Task ShouldEnforcePermissions(string person, string method, string path, int expected)
    {
        var movie = NewMovie();
        await InsertAsync(movie);
        var client = person switch
        {
            "assistant" => AsAssistant(),
            "director" => AsDirector(),
            "producer" => AsProducer(),
            _ => Anonymous(),
        };
        using var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{id}", movie.Id.ToString()));
        if (method is "POST" or "PATCH")
        {
            request.Content = RawJson(method == "POST"
                ? """{"title":"Wild Pages","release_date":"2016-10-21"}"""
                : """{"company":"Atlantic Arts"}""");
        }

        var response = await client.SendAsync(request);

        Assert.That((int)response.StatusCode, Is.EqualTo(expected), await response.Content.ReadAsStringAsync());
        if (expected == 403)
        {
            await AssertProblemAsync(response, 403, "Permission not found in JWT");
            Assert.That(await CountAsync<Movie>(), Is.EqualTo(1), "a refused request changes nothing");
        }
    }

    [Test]
    public async Task ShouldCreateMovieWithLocationAndETag()
    {
        var response = await AsProducer().PostAsync("/movies", RawJson(
            """{"title":"  The Last Lighthouse ","release_date":"2019-3-22","company":"Harbor Pictures","description":"Storms."}"""));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var body = await ReadJsonAsync(response);
        var id = body["created"]!.GetValue<int>();
        Assert.Multiple(() =>
        {
            Assert.That(body["success"]!.GetValue<bool>(), Is.True);
            Assert.That(body["movie"]!["id"]!.GetValue<int>(), Is.EqualTo(id));
            Assert.That(body["movie"]!["title"]!.GetValue<string>(), Is.EqualTo("The Last Lighthouse"));
            Assert.That(body["movie"]!["release_date"]!.GetValue<string>(), Is.EqualTo("2019-03-22"));
            Assert.That(body["movie"]!["created_at"]!.GetValue<string>(), Does.EndWith("Z"));
            Assert.That(response.Headers.Location!.ToString(), Does.EndWith($"/movies/{id}"));
            Assert.That(response.Headers.ETag, Is.Not.Null);
            Assert.That(response.Headers.ETag!.IsWeak, Is.False);
        });
        var stored = await FindAsync<Movie>(id);
        Assert.That(stored!.Title, Is.EqualTo("The Last Lighthouse"));
    }

    [TestCase("2020-01-19", "2020-01-19")]
    [TestCase("2020-1-19", "2020-01-19")]
    [TestCase("2020-01-19T23:30:00Z", "2020-01-19")]
    [TestCase("2020-01-19T10:00:00+05:00", "2020-01-19")]
    public async Task ShouldAcceptContractDateFormats(string input, string stored)
    {
        var response = await AsProducer().PostAsync("/movies", RawJson($$"""{"title":"Dated","release_date":"{{input}}"}"""));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var body = await ReadJsonAsync(response);
        Assert.That(body["movie"]!["release_date"]!.GetValue<string>(), Is.EqualTo(stored));
    }

    [TestCase("""{"release_date":"2020-01-01"}""", "title")]
    [TestCase("""{"title":"   ","release_date":"2020-01-01"}""", "title")]
    [TestCase("""{"title":"x"}""", "release_date")]
    [TestCase("""{"title":"x","release_date":"19-01-2020"}""", "release_date")]
    [TestCase("""{"title":"x","release_date":"1887-12-31"}""", "release_date")]
    [TestCase("""{"title":"x","release_date":"2101-01-01"}""", "release_date")]
    [TestCase("""{"title":"x","release_date":"2020-02-30"}""", "release_date")]
    public async Task ShouldRejectInvalidMovieWith422NamingTheField(string json, string field)
    {
        var response = await AsProducer().PostAsync("/movies", RawJson(json));

        var problem = await AssertProblemAsync(response, 422, "The request was well-formed but was unable to be followed due to semantic errors");
        Assert.That(problem["errors"]![field], Is.Not.Null, problem.ToJsonString());
        Assert.That(await CountAsync<Movie>(), Is.Zero);
    }

    [Test]
    public async Task ShouldRejectTooLongTitle()
    {
        var response = await AsProducer().PostAsync("/movies", RawJson($$"""{"title":"{{new string('a', 201)}}","release_date":"2020-01-01"}"""));
        var problem = await AssertProblemAsync(response, 422);
        Assert.That(problem["errors"]!["title"], Is.Not.Null);
    }

    [TestCase("""{"title":"x","release_date":"2020-01-01","rating":5}""", "rating")]
    [TestCase("""{"title":"x","release_date":"2020-01-01","id":5}""", "id")]
    [TestCase("""{"title":5,"release_date":"2020-01-01"}""", "title")]
    public async Task ShouldRejectUnknownOrMistypedPropertyWith400(string json, string field)
    {
        var response = await AsProducer().PostAsync("/movies", RawJson(json));

        var problem = await AssertProblemAsync(response, 400, "The server cannot process the request");
        Assert.That(problem["errors"]![field], Is.Not.Null, problem.ToJsonString());
        Assert.That(await CountAsync<Movie>(), Is.Zero);
    }

    [Test]
    public async Task ShouldRejectMalformedJsonWith400()
    {
        var response = await AsProducer().PostAsync("/movies", RawJson("""{"title": "x", """));
        await AssertProblemAsync(response, 400, "The server cannot process the request");
    }

    [Test]
    public async Task ShouldRejectNonJsonBodyWith415()
    {
        var response = await AsProducer().PostAsync("/movies", new StringContent("title=x", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));
        await AssertProblemAsync(response, 415, "Unsupported media type");
    }

    [Test]
    public async Task ShouldRejectDuplicateTitleCaseInsensitivelyWith409()
    {
        await InsertAsync(NewMovie("Paper Crowns", "2018-11-02"));

        var response = await AsProducer().PostAsync("/movies", RawJson("""{"title":"PAPER crowns","release_date":"2018-11-02"}"""));

        await AssertProblemAsync(response, 409, "Conflict");
        Assert.That(await CountAsync<Movie>(), Is.EqualTo(1));
    }

    [Test]
    public async Task ShouldAllowSameTitleOnAnotherDate()
    {
        await InsertAsync(NewMovie("Paper Crowns", "2018-11-02"));
        var response = await AsProducer().PostAsync("/movies", RawJson("""{"title":"Paper Crowns","release_date":"2024-11-02"}"""));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task ShouldGetMovieWithCast()
    {
        var movie = NewMovie();
        var actor = new Actor("Amara Okafor", 30, Gender.Female);
        await InsertAsync(movie);
        await InsertAsync(actor);
        await InsertAsync(
            new Role(movie.Id, "Lead", RoleGender.Any, 20, 40, actor: null),
            new Role(movie.Id, "Sister", RoleGender.Female, 25, 35));
        await ExecuteDbContextAsync(async db =>
        {
            var lead = await db.Roles.SingleAsync(r => r.Name == "Lead");
            var a = await db.Actors.SingleAsync();
            lead.Update(lead.Name, lead.Gender, lead.MinAge, lead.MaxAge, lead.Description, a);
            await db.SaveChangesAsync();
        });

        var response = await AsAssistant().GetAsync($"/movies/{movie.Id}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var body = await ReadJsonAsync(response);
        var cast = body["movie"]!["cast"]!.AsArray();
        Assert.That(cast, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(cast[0]!["role_name"]!.GetValue<string>(), Is.EqualTo("Lead"));
            Assert.That(cast[0]!["actor_id"]!.GetValue<int>(), Is.EqualTo(actor.Id));
            Assert.That(cast[0]!["actor_name"]!.GetValue<string>(), Is.EqualTo("Amara Okafor"));
            Assert.That(cast[0]!["role_id"]!.GetValue<int>(), Is.GreaterThan(0));
        });
    }

    [TestCase("/movies/999999")]
    [TestCase("/movies/0")]
    [TestCase("/movies/-1")]
    [TestCase("/movies/abc")]
    public async Task ShouldReturn404ForUnknownMovie(string path)
    {
        var response = await AsAssistant().GetAsync(path);
        await AssertProblemAsync(response, 404, "Resource not found");
    }

    [Test]
    public async Task ShouldPatchOnlyPresentPropertiesAndClearWithNull()
    {
        var movie = NewMovie(company: "Northlight");
        await InsertAsync(movie);

        var response = await AsDirector().PatchAsync($"/movies/{movie.Id}", RawJson("""{"company":null,"description":"New."}"""));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var stored = await FindAsync<Movie>(movie.Id);
        Assert.Multiple(() =>
        {
            Assert.That(stored!.Company, Is.Null);
            Assert.That(stored.Description, Is.EqualTo("New."));
            Assert.That(stored.Title, Is.EqualTo("Paper Crowns"));
            Assert.That(stored.Version, Is.EqualTo(2));
        });
    }

    [TestCase("{}", "body")]
    [TestCase("""{"title":null}""", "title")]
    [TestCase("""{"release_date":null}""", "release_date")]
    public async Task ShouldRejectInvalidPatchWith422AndChangeNothing(string json, string field)
    {
        var movie = NewMovie();
        await InsertAsync(movie);

        var response = await AsDirector().PatchAsync($"/movies/{movie.Id}", RawJson(json));

        var problem = await AssertProblemAsync(response, 422);
        Assert.That(problem["errors"]![field], Is.Not.Null, problem.ToJsonString());
        var stored = await FindAsync<Movie>(movie.Id);
        Assert.That(stored!.Version, Is.EqualTo(1));
    }

    [Test]
    public async Task ShouldRefuseStaleIfMatchWith412AndChangeNothing()
    {
        var movie = NewMovie();
        await InsertAsync(movie);
        var client = AsDirector();
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"/movies/{movie.Id}") { Content = RawJson("""{"company":"X"}""") };
        request.Headers.TryAddWithoutValidation("If-Match", "\"7\"");

        var response = await client.SendAsync(request);

        await AssertProblemAsync(response, 412, "Precondition failed");
        Assert.That((await FindAsync<Movie>(movie.Id))!.Company, Is.EqualTo("Northlight"));
    }

    [Test]
    public async Task ShouldHonourMatchingIfMatchAndReturnNewETag()
    {
        var movie = NewMovie();
        await InsertAsync(movie);
        var client = AsDirector();
        var get = await client.GetAsync($"/movies/{movie.Id}");
        var etag = get.Headers.ETag!.Tag;
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"/movies/{movie.Id}") { Content = RawJson("""{"company":"X"}""") };
        request.Headers.TryAddWithoutValidation("If-Match", etag);

        var response = await client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Headers.ETag!.Tag, Is.Not.EqualTo(etag));
    }

    [Test]
    public async Task ShouldDeleteMovieAndItsRoles()
    {
        var movie = NewMovie();
        await InsertAsync(movie);
        await InsertAsync(new Role(movie.Id, "Lead", RoleGender.Any, 20, 40));

        var response = await AsProducer().DeleteAsync($"/movies/{movie.Id}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var body = await ReadJsonAsync(response);
        Assert.That(body["deleted"]!.GetValue<int>(), Is.EqualTo(movie.Id));
        Assert.That(await CountAsync<Movie>(), Is.Zero);
        Assert.That(await CountAsync<Role>(), Is.Zero);
    }

    [Test]
    public async Task ShouldPageSortAndFilter()
    {
        await InsertAsync(
            NewMovie("Alpha", "2001-01-01", "Acme"),
            NewMovie("Bravo", "2002-01-01", "ACME"),
            NewMovie("Charlie", "2003-01-01", "Other"),
            NewMovie("Delta Alpha", "2004-01-01", null));
        var client = AsAssistant();

        var page = await ReadJsonAsync(await client.GetAsync("/movies?sort=-release_date&page=2&page_size=3"));
        Assert.Multiple(() =>
        {
            Assert.That(page["total_movies"]!.GetValue<int>(), Is.EqualTo(4));
            Assert.That(page["page"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(page["page_size"]!.GetValue<int>(), Is.EqualTo(3));
            Assert.That(page["movies"]!.AsArray().Select(m => m!["title"]!.GetValue<string>()), Is.EqualTo(new[] { "Alpha" }));
        });

        var company = await ReadJsonAsync(await client.GetAsync("/movies?company=acme&sort=title"));
        Assert.That(company["movies"]!.AsArray().Select(m => m!["title"]!.GetValue<string>()), Is.EqualTo(new[] { "Alpha", "Bravo" }));

        var search = await ReadJsonAsync(await client.GetAsync("/movies?search_term=ALPHA"));
        Assert.That(search["total_movies"]!.GetValue<int>(), Is.EqualTo(2));

        var range = await ReadJsonAsync(await client.GetAsync("/movies?min_release_date=2002-01-01&max_release_date=2003-01-01"));
        Assert.That(range["total_movies"]!.GetValue<int>(), Is.EqualTo(2));

        var past = await client.GetAsync("/movies?page=99");
        Assert.That(past.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var pastBody = await ReadJsonAsync(past);
        Assert.That(pastBody["movies"]!.AsArray(), Is.Empty);
        Assert.That(pastBody["total_movies"]!.GetValue<int>(), Is.EqualTo(4));
    }

    [TestCase("/movies?page=0", 422, "page")]
    [TestCase("/movies?page_size=500", 422, "page_size")]
    [TestCase("/movies?sort=budget", 422, "sort")]
    [TestCase("/movies?page=abc", 400, "page")]
    [TestCase("/movies?page=1&page=2", 400, "page")]
    [TestCase("/movies?colour=red", 400, "colour")]
    [TestCase("/movies?release_date=yesterday", 400, "release_date")]
    public async Task ShouldRejectBadListParameters(string url, int status, string field)
    {
        var response = await AsAssistant().GetAsync(url);
        var problem = await AssertProblemAsync(response, status);
        Assert.That(problem["errors"]![field], Is.Not.Null, problem.ToJsonString());
    }
}

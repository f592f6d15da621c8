using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CastingAgency.IntegrationTests.Infrastructure;

namespace CastingAgency.IntegrationTests.Platform;

/// <summary>
/// A created resource's <c>Location</c> never repeats a Host header the server did not check (docs/api.md): on a
/// configured <c>PublicBaseUrl</c>, on a host <c>AllowedHosts</c> lets through, or the path alone.
/// </summary>
public sealed class LocationTests : IntegrationTestBase
{
    private const string Movie = """{"title":"Forged Host","release_date":"2020-01-01"}""";

    private static async Task<HttpResponseMessage> CreateMovieAsync(CastingAgencyFactory factory, string host)
    {
        var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/movies")
        {
            Content = new StringContent(Movie, Encoding.UTF8, "application/json"),
        };
        request.Headers.Host = host;
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(TestTokens.Producer, "test|location"));
        return await client.SendAsync(request);
    }

    [Test]
    public async Task AnyHostAllowedShouldGiveThePathAlone()
    {
        var response = await CreateMovieAsync(Testing.Factory, "evil.example");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        Assert.That(response.Headers.Location!.IsAbsoluteUri, Is.False, response.Headers.Location.ToString());
        Assert.That(response.Headers.Location.ToString(), Does.Match("^/movies/[0-9]+$"));
    }

    [Test]
    public async Task APublicBaseUrlShouldBeTheLocationsOrigin()
    {
        await using var factory = new CastingAgencyFactory(new Dictionary<string, string?> { ["PublicBaseUrl"] = "https://api.studio.example/" });

        var response = await CreateMovieAsync(factory, "evil.example");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        Assert.That(response.Headers.Location!.ToString(), Does.Match("^https://api.studio.example/movies/[0-9]+$"));
    }

    [Test]
    public async Task ConfiguredHostsShouldRefuseAForgedHostAndNameTheCheckedOne()
    {
        await using var factory = new CastingAgencyFactory(new Dictionary<string, string?> { ["AllowedHosts"] = "api.studio.example" });

        var forged = await CreateMovieAsync(factory, "evil.example");
        var checkedHost = await CreateMovieAsync(factory, "api.studio.example");

        Assert.That(forged.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "host filtering refuses the forged host");
        Assert.That(checkedHost.StatusCode, Is.EqualTo(HttpStatusCode.Created), await checkedHost.Content.ReadAsStringAsync());
        Assert.That(checkedHost.Headers.Location!.ToString(), Does.Match("^http://api.studio.example/movies/[0-9]+$"));
        Assert.That(await CountAsync<Domain.Entities.Movie>(), Is.EqualTo(1), "the forged request wrote nothing");
    }
}

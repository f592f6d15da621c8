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

    [Test]
    public async Task TheServedDocumentShouldNameTheApisAddressAndTheCommittedOneNone()
    {
        await using var configured = new CastingAgencyFactory(new Dictionary<string, string?> { ["PublicBaseUrl"] = "https://api.studio.example" });
        await using var development = new CastingAgencyFactory(environment: "Development");

        var committed = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "docs", "openapi", "v1.json")))!;
        Assert.Multiple(async () =>
        {
            Assert.That(committed["servers"]![0]!["url"]!.GetValue<string>(), Is.EqualTo("/"), "the committed copy names no host");
            Assert.That(await ServerAsync(configured, "evil.example"), Is.EqualTo("https://api.studio.example"));
            Assert.That(await ServerAsync(Testing.Factory, "evil.example"), Is.EqualTo("/"), "an unchecked Host is never repeated");
            Assert.That(await ServerAsync(development, "localhost:5080"), Is.EqualTo("http://localhost:5080"), "in Development, the address it was fetched from");
        });
    }

    private static async Task<string> ServerAsync(CastingAgencyFactory factory, string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json");
        request.Headers.Host = host;
        var response = await factory.CreateClient().SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!["servers"]![0]!["url"]!.GetValue<string>();
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CastingAgency.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("CastingAgency.sln not found");
    }
}

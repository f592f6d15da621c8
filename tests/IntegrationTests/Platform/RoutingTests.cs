using System.Net;
using CastingAgency.IntegrationTests.Infrastructure;

namespace CastingAgency.IntegrationTests.Platform;

/// <summary>Routing errors are contract problems too (§5): 404 for an unknown route, 405 with <c>Allow</c> for a wrong method.</summary>
public sealed class RoutingTests : IntegrationTestBase
{
    [TestCase("producer", "GET", "/nowhere")]
    [TestCase("none", "GET", "/nowhere")]
    [TestCase("producer", "POST", "/movies/1/cast")]
    [TestCase("producer", "GET", "/actors/1/movies")]
    [TestCase("assistant", "DELETE", "/roles/1/candidates/2")]
    public async Task UnknownRouteShouldBe404Problem(string person, string method, string path)
    {
        var response = await SendAsync(As(person), method, path);

        await AssertProblemAsync(response, 404, "Resource not found");
    }

    [TestCase("PUT", "/movies", new[] { "GET", "POST" })]
    [TestCase("DELETE", "/actors", new[] { "GET", "POST" })]
    [TestCase("PUT", "/roles/1", new[] { "GET", "PATCH", "DELETE" })]
    [TestCase("POST", "/roles/1/candidates", new[] { "GET" })]
    [TestCase("POST", "/health/live", new[] { "GET" })]
    public async Task WrongMethodShouldBe405ProblemWithAllow(string method, string path, string[] allowed)
    {
        var response = await SendAsync(AsProducer(), method, path, method is "PUT" or "POST" ? "{}" : null);

        await AssertProblemAsync(response, 405, "Method not allowed");
        var allow = response.Content.Headers.Allow.Concat(
            response.Headers.TryGetValues("Allow", out var values) ? values : []).SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries)).ToList();
        Assert.That(allow, Is.SupersetOf(allowed), "the Allow header lists the methods of the route");
        Assert.That(allow, Does.Not.Contain(method));
    }

    [Test]
    public async Task ProblemShouldCarryInstanceAndDetail()
    {
        var response = await AsAssistant().GetAsync("/actors/424242");

        var problem = await AssertProblemAsync(response, 404, "Resource not found");
        Assert.Multiple(() =>
        {
            Assert.That(problem["instance"]!.GetValue<string>(), Is.EqualTo("/actors/424242"));
            Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("424242"));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }
}

using CastingAgency.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CastingAgency.IntegrationTests.Platform;

/// <summary>Required collaborators (the list reader, the cursor key, the query services) fail the start when missing, not the first request.</summary>
public sealed class StartupValidationTests : IntegrationTestBase
{
    [TestCase("CursorProtector", "ListReader")]
    [TestCase("ListReader", "ActorQueries")]
    [TestCase("IActorQueries", "ListActorsQueryHandler")]
    [TestCase("IRowCounts", "ListReader")]
    public void AMissingRegistrationShouldFailAtStart(string missing, string needer)
    {
        using var factory = new CastingAgencyFactory().WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            foreach (var descriptor in services.Where(d => d.ServiceType.Name == missing).ToList())
            {
                services.Remove(descriptor);
            }
        }));

        var failure = Assert.Catch(() => factory.CreateClient());

        Assert.That(failure!.ToString(), Does.Contain($"Unable to resolve service for type '").And.Contain($".{missing}'").And.Contain(needer));
    }

    [Test]
    public void TheCompleteRegistrationShouldStart()
    {
        using var factory = new CastingAgencyFactory();

        Assert.DoesNotThrow(() => factory.CreateClient().Dispose());
    }
}

using System.Text;
using CastingAgency.WebApi.Authorization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using Moq;

namespace CastingAgency.UnitTests.WebApi;

public class IdentityProviderKeysTests
{
    private static OpenIdConnectConfiguration WithKey()
    {
        var configuration = new OpenIdConnectConfiguration();
        configuration.SigningKeys.Add(new SymmetricSecurityKey(new byte[32]) { KeyId = "k1" });
        return configuration;
    }

    private static IdentityProviderKeys Keys(Mock<IConfigurationManager<OpenIdConnectConfiguration>> inner, double waitSeconds = 5) =>
        new(inner.Object, TimeSpan.FromSeconds(waitSeconds), NullLogger.Instance);

    [Test]
    public async Task ConcurrentCallersShouldShareTheFirstFetch()
    {
        var release = new TaskCompletionSource<OpenIdConnectConfiguration>(TaskCreationOptions.RunContinuationsAsynchronously);
        var inner = new Mock<IConfigurationManager<OpenIdConnectConfiguration>>();
        inner.Setup(m => m.GetConfigurationAsync(It.IsAny<CancellationToken>())).Returns(release.Task);
        var keys = Keys(inner);

        var callers = Enumerable.Range(0, 8).Select(_ => keys.GetConfigurationAsync(CancellationToken.None)).ToArray();
        Assert.That(keys.HasSigningKeys, Is.False);
        release.SetResult(WithKey());
        await Task.WhenAll(callers);

        inner.Verify(m => m.GetConfigurationAsync(It.IsAny<CancellationToken>()), Times.Once());
        Assert.That(keys.HasSigningKeys, Is.True);
    }

    [Test]
    public async Task AFailedFirstFetchShouldFailCallersAtOnceForTheRetryGapThenFetchAgain()
    {
        var calls = 0;
        var inner = new Mock<IConfigurationManager<OpenIdConnectConfiguration>>();
        inner.Setup(m => m.GetConfigurationAsync(It.IsAny<CancellationToken>()))
            .Returns(() => ++calls == 1
                ? Task.FromException<OpenIdConnectConfiguration>(new InvalidOperationException("IDX20803", new HttpRequestException("Connection refused")))
                : Task.FromResult(WithKey()));
        var clock = new ManualClock(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var keys = new IdentityProviderKeys(inner.Object, TimeSpan.FromSeconds(5), NullLogger.Instance, clock);

        Assert.ThrowsAsync<InvalidOperationException>(() => keys.GetConfigurationAsync(CancellationToken.None));
        clock.Advance(IdentityProviderKeys.RetryGap - TimeSpan.FromMilliseconds(1));
        Assert.ThrowsAsync<InvalidOperationException>(() => keys.GetConfigurationAsync(CancellationToken.None));
        Assert.That(calls, Is.EqualTo(1), "no second fetch within the retry gap");
        Assert.That(keys.LastFailure, Is.Not.Null);

        clock.Advance(TimeSpan.FromMilliseconds(1));
        await keys.GetConfigurationAsync(CancellationToken.None);

        Assert.That(calls, Is.EqualTo(2));
        Assert.That(keys.HasSigningKeys, Is.True);
        Assert.That(keys.LastFailure, Is.Null);
    }

    [Test]
    public void AHangingFirstFetchShouldReleaseTheCallerAfterTheWait()
    {
        var inner = new Mock<IConfigurationManager<OpenIdConnectConfiguration>>();
        inner.Setup(m => m.GetConfigurationAsync(It.IsAny<CancellationToken>())).Returns(new TaskCompletionSource<OpenIdConnectConfiguration>().Task);
        var keys = Keys(inner, waitSeconds: 0.2);

        Assert.ThrowsAsync<TimeoutException>(() => keys.GetConfigurationAsync(CancellationToken.None));
    }

    [Test]
    public void RequestRefreshShouldGoToTheInnerManager()
    {
        var inner = new Mock<IConfigurationManager<OpenIdConnectConfiguration>>();

        Keys(inner).RequestRefresh();

        inner.Verify(m => m.RequestRefresh(), Times.Once());
    }

    [TestCase("""{"alg":"HS256","typ":"JWT"}""", false)]
    [TestCase("""{"alg":"HS256","x-critical-note":1}""", false)]
    [TestCase("""{"alg":"HS256","note":"crit"}""", false)]
    [TestCase("""{"alg":"HS256","crit":["x-evil"],"x-evil":1}""", true)]
    [TestCase("""{"alg":"HS256","crit":[]}""", true)]
    [TestCase("""{"alg":"HS256","cr\u0069t":["x-evil"]}""", true)]
    public void CriticalHeaderShouldBeFoundHoweverItIsSpelled(string header, bool critical)
    {
        var encoded = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(header));

        Assert.That(AuthenticationSetup.HasCriticalHeader(encoded), Is.EqualTo(critical));
    }
}

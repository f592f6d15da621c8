using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CastingAgency.WebApi.Authorization;

/// <summary>
/// Readiness with an identity provider (docs/operations.md): unhealthy until the provider's signing keys have been
/// fetched, healthy once they are cached. Answers within <see cref="MaxWait"/> even when the provider hangs.
/// </summary>
/// <remarks>
/// With keys cached the check makes no network call. Without them it joins (or starts) the one first fetch in
/// flight and waits for it at most <see cref="MaxWait"/>; the fetch goes on in the background, so the next probe
/// or request picks up its result. A background refresh that fails later does not make the instance unready:
/// the cached keys still validate tokens (JwtBearer keeps them, and the last known good configuration), and
/// taking every instance out of the load balancer because the provider blinked would turn a provider hiccup into
/// a full outage.
/// </remarks>
public sealed class IdentityProviderHealthCheck(IOptionsMonitor<JwtBearerOptions> options) : IHealthCheck
{
    public const string Name = "identity_provider";

    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (options.Get(JwtBearerDefaults.AuthenticationScheme).ConfigurationManager is not IdentityProviderKeys keys)
        {
            return HealthCheckResult.Healthy("no identity provider configured");
        }

        if (keys.HasSigningKeys)
        {
            return HealthCheckResult.Healthy("signing keys cached");
        }

        try
        {
            await keys.GetConfigurationAsync(cancellationToken).WaitAsync(MaxWait, cancellationToken);
        }
        catch (TimeoutException)
        {
            return HealthCheckResult.Unhealthy($"the identity provider did not answer within {MaxWait.TotalSeconds:0} s");
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The reason (address, socket error) is in the log line of IdentityProviderKeys, not in a public probe.
            return HealthCheckResult.Unhealthy("the identity provider's signing keys could not be fetched");
        }

        if (keys.HasSigningKeys)
        {
            return HealthCheckResult.Healthy("signing keys fetched");
        }

        // Metadata without a single key: ask for a refetch (rate-limited) and stay unready until keys arrive.
        keys.RequestRefresh();
        return HealthCheckResult.Unhealthy("the identity provider published no signing keys");
    }
}

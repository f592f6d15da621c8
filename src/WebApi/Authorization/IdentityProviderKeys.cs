using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CastingAgency.WebApi.Authorization;

/// <summary>
/// The identity provider's OIDC metadata and signing keys, as JwtBearer sees them: a thin wrapper around the
/// <see cref="ConfigurationManager{T}"/> that JwtBearer builds from <c>Authority</c>, so that the API knows
/// whether it holds keys at all (readiness, 503 instead of 401) and a provider outage at start-up does not
/// queue requests behind one another.
/// </summary>
/// <remarks>
/// <para>Once a configuration has been fetched, every call goes straight to the inner manager, which hands back
/// the cached configuration at once and refreshes in the background (every <c>AutomaticRefreshInterval</c>,
/// or on <see cref="RequestRefresh"/> when a token names an unknown <c>kid</c>, at most once per
/// <c>RefreshInterval</c>). A failed background refresh keeps the cached keys.</para>
/// <para>Until then (no configuration yet), the inner manager fetches on every call, one caller at a time: with
/// a provider that hangs, the tenth request would wait for ten timeouts. Here every caller joins the one fetch
/// in flight, waits for it at most <see cref="BootstrapWait"/>, and for <see cref="RetryGap"/> after a failed
/// fetch callers fail at once instead of starting another.</para>
/// </remarks>
public sealed class IdentityProviderKeys : BaseConfigurationManager, IConfigurationManager<OpenIdConnectConfiguration>
{
    /// <summary>After a failed first fetch, the time during which callers fail at once rather than fetch again.</summary>
    public static readonly TimeSpan RetryGap = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan FailureLogInterval = TimeSpan.FromSeconds(30);

    private readonly IConfigurationManager<OpenIdConnectConfiguration> _inner;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private Task<OpenIdConnectConfiguration>? _bootstrap;
    private DateTimeOffset _bootstrapFailedAt = DateTimeOffset.MinValue;
    private DateTimeOffset _failureLoggedAt = DateTimeOffset.MinValue;
    private volatile OpenIdConnectConfiguration? _current;
    private string _currentKeyIds = string.Empty;

    public IdentityProviderKeys(
        IConfigurationManager<OpenIdConnectConfiguration> inner, TimeSpan bootstrapWait, ILogger logger, TimeProvider? time = null)
    {
        _inner = inner;
        _logger = logger;
        _time = time ?? TimeProvider.System;
        BootstrapWait = bootstrapWait;
        if (inner is BaseConfigurationManager manager)
        {
            MetadataAddress = manager.MetadataAddress;
            RefreshInterval = manager.RefreshInterval;
            AutomaticRefreshInterval = manager.AutomaticRefreshInterval;
            LastKnownGoodLifetime = manager.LastKnownGoodLifetime;
            UseLastKnownGoodConfiguration = manager.UseLastKnownGoodConfiguration;
        }
    }

    /// <summary>How long a caller waits for the first fetch (the backchannel timeout).</summary>
    public TimeSpan BootstrapWait { get; }

    /// <summary>True once a configuration with at least one signing key has been fetched (it stays cached).</summary>
    public bool HasSigningKeys => _current is { SigningKeys.Count: > 0 };

    /// <summary>Why the last first-fetch attempt failed, while there are no keys yet.</summary>
    public Exception? LastFailure { get; private set; }

    public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(CancellationToken cancel)
    {
        if (_current is not null)
        {
            // Cached, or stale with a background refresh started: never a network wait.
            return Remember(await _inner.GetConfigurationAsync(cancel));
        }

        return await Bootstrap().WaitAsync(BootstrapWait, _time, cancel);
    }

    public override async Task<BaseConfiguration> GetBaseConfigurationAsync(CancellationToken cancel) =>
        await GetConfigurationAsync(cancel);

    /// <summary>Asks for a refetch (an unknown <c>kid</c>); the inner manager rate-limits it to one per <c>RefreshInterval</c>.</summary>
    public override void RequestRefresh() => _inner.RequestRefresh();

    private Task<OpenIdConnectConfiguration> Bootstrap()
    {
        lock (_gate)
        {
            var inFlight = _bootstrap is { IsCompleted: false };
            var failedRecently = _bootstrap is { IsFaulted: true } && _time.GetUtcNow() - _bootstrapFailedAt < RetryGap;
            if (!inFlight && !failedRecently)
            {
                _bootstrap = FetchFirstAsync();
                // A caller that stopped waiting never observes the failure; observe it here.
                _ = _bootstrap.ContinueWith(static task => _ = task.Exception, CancellationToken.None,
                    TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            }

            return _bootstrap!;
        }
    }

    private async Task<OpenIdConnectConfiguration> FetchFirstAsync()
    {
        // Off the caller's thread, so that the lock above is never held across the fetch.
        await Task.Yield();
        try
        {
            // The inner manager does the round trips (metadata, then JWKS), each bounded by the backchannel timeout.
            return Remember(await _inner.GetConfigurationAsync(CancellationToken.None));
        }
        catch (Exception exception)
        {
            var now = _time.GetUtcNow();
            LastFailure = exception;
            lock (_gate)
            {
                _bootstrapFailedAt = now;
            }

            if (now - _failureLoggedAt >= FailureLogInterval)
            {
                _failureLoggedAt = now;
                _logger.LogWarning(
                    "Identity provider signing keys could not be fetched from {MetadataAddress} ({Reason}); requests with a token are answered 503 until they are",
                    MetadataAddress, Reason(exception));
            }

            throw;
        }
    }

    private OpenIdConnectConfiguration Remember(OpenIdConnectConfiguration configuration)
    {
        if (ReferenceEquals(configuration, _current))
        {
            return configuration;
        }

        var keyIds = string.Join(", ", configuration.SigningKeys.Select(key => key.KeyId ?? "(no kid)").Order(StringComparer.Ordinal));
        lock (_gate)
        {
            var changed = !string.Equals(keyIds, _currentKeyIds, StringComparison.Ordinal) || _current is null;
            _current = configuration;
            _currentKeyIds = keyIds;
            LastFailure = null;
            if (changed)
            {
                _logger.LogInformation(
                    "Identity provider signing keys from {MetadataAddress}: {KeyCount} ({KeyIds})",
                    MetadataAddress, configuration.SigningKeys.Count, keyIds);
            }
        }

        return configuration;
    }

    /// <summary>
    /// What went wrong, for the log: the provider's HTTP status, else the first message that is not an IdentityModel
    /// wrapper ("Connection refused (127.0.0.1:8443)", "The request was canceled due to the configured HttpClient.Timeout ...").
    /// </summary>
    internal static string Reason(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current.Data["status_code"] is System.Net.HttpStatusCode status)
            {
                return $"the provider answered HTTP {(int)status} ({status})";
            }
        }

        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (!current.Message.StartsWith("IDX", StringComparison.Ordinal))
            {
                return current.Message;
            }
        }

        return exception.Message;
    }
}

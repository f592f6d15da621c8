namespace CastingAgency.WebApi.Infrastructure;

/// <summary>
/// Builds the <c>Location</c> of a created resource from configuration, never from a Host header the server did not
/// check: with <c>PublicBaseUrl</c> set (e.g. <c>https://api.studio.example</c>), an absolute URL on it; else, when
/// <c>AllowedHosts</c> names the hosts (host filtering has refused any other), an absolute URL on the request's host;
/// else (<c>AllowedHosts: *</c>) the path alone, which HTTP allows and clients resolve against the URL they called.
/// </summary>
public sealed class PublicLocations
{
    public const string BaseUrlSetting = "PublicBaseUrl";

    private readonly Uri? _baseUrl;
    private readonly bool _hostsChecked;

    public PublicLocations(IConfiguration configuration)
    {
        var baseUrl = configuration[BaseUrlSetting];
        if (!string.IsNullOrWhiteSpace(baseUrl))
        {
            if (!Uri.TryCreate(baseUrl.TrimEnd('/') + "/", UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https"))
            {
                throw new InvalidOperationException($"{BaseUrlSetting} must be an absolute http(s) URL, e.g. https://api.studio.example");
            }

            _baseUrl = parsed;
        }

        var hosts = configuration["AllowedHosts"];
        _hostsChecked = !string.IsNullOrWhiteSpace(hosts)
            && hosts.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).All(h => h != "*");
    }

    /// <summary>
    /// The API's base URL for documents that name it (the OpenAPI document's <c>servers</c>): <c>PublicBaseUrl</c>; else
    /// the request's own address when its host was checked or <paramref name="trustRequestHost"/> (Development);
    /// else <c>/</c>.
    /// </summary>
    public string BaseUrl(HttpRequest request, bool trustRequestHost)
    {
        if (_baseUrl is not null)
        {
            return _baseUrl.AbsoluteUri.TrimEnd('/');
        }

        return _hostsChecked || trustRequestHost
            ? $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase}"
            : "/";
    }

    /// <summary>The Location for <paramref name="path"/> (a path from the route, starting with '/').</summary>
    public string For(HttpRequest request, string path)
    {
        if (_baseUrl is not null)
        {
            return new Uri(_baseUrl, path.TrimStart('/')).AbsoluteUri;
        }

        return _hostsChecked ? $"{request.Scheme}://{request.Host.ToUriComponent()}{path}" : path;
    }
}

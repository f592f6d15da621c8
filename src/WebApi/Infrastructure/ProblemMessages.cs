namespace CastingAgency.WebApi.Infrastructure;

/// <summary>The exact <c>message</c> of every error status (docs/api.md §6) and its RFC 9110 <c>type</c>.</summary>
public static class ProblemMessages
{
    public const string MissingAuthorizationHeader = "Request does not contain authorization header";
    public const string MustStartWithBearer = "Authorization header must start with Bearer";
    public const string NoToken = "Authorization header has no token";
    public const string MustBeBearerToken = "Authorization header must be bearer token";
    public const string InvalidToken = "Invalid token";
    public const string TokenExpired = "Token expired";

    public static string For(int status) => status switch
    {
        400 => "The server cannot process the request",
        401 => InvalidToken,
        403 => "Permission not found in JWT",
        404 => "Resource not found",
        405 => "Method not allowed",
        409 => "Conflict",
        412 => "Precondition failed",
        413 => "Payload too large",
        415 => "Unsupported media type",
        422 => "The request was well-formed but was unable to be followed due to semantic errors",
        429 => "Too many requests",
        503 => "Service unavailable",
        _ when status >= 500 => "Internal server error",
        _ => "Request failed",
    };

    public static string TypeFor(int status) => status switch
    {
        400 => "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        401 => "https://tools.ietf.org/html/rfc9110#section-15.5.2",
        403 => "https://tools.ietf.org/html/rfc9110#section-15.5.4",
        404 => "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        405 => "https://tools.ietf.org/html/rfc9110#section-15.5.6",
        409 => "https://tools.ietf.org/html/rfc9110#section-15.5.10",
        412 => "https://tools.ietf.org/html/rfc9110#section-15.5.13",
        413 => "https://tools.ietf.org/html/rfc9110#section-15.5.14",
        415 => "https://tools.ietf.org/html/rfc9110#section-15.5.16",
        422 => "https://tools.ietf.org/html/rfc9110#section-15.5.21",
        429 => "https://tools.ietf.org/html/rfc6585#section-4",
        503 => "https://tools.ietf.org/html/rfc9110#section-15.6.4",
        _ => "https://tools.ietf.org/html/rfc9110#section-15.6.1",
    };
}

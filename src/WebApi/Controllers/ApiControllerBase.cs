using System.Globalization;
using CastingAgency.WebApi.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace CastingAgency.WebApi.Controllers;

/// <summary>
/// Shared plumbing of the thin controllers: the mediator, strong ETags from the row version, <c>If-Match</c>
/// for writes and <c>If-None-Match</c> (304) for reads. Controllers hold no logic beyond that.
/// </summary>
[ApiController]
public abstract class ApiControllerBase(IMediator mediator) : ControllerBase
{
    protected IMediator Mediator { get; } = mediator;

    /// <summary>The version named by <c>If-Match</c>; null when absent or <c>*</c>; -1 (matches nothing) when not one of ours.</summary>
    protected int? IfMatchVersion()
    {
        var header = Request.Headers[HeaderNames.IfMatch];
        if (header.Count == 0)
        {
            return null;
        }

        var tags = EntityTagHeaderValue.TryParseList(header, out var parsed) ? parsed : [];
        if (tags.Any(t => t.Equals(EntityTagHeaderValue.Any)))
        {
            return null;
        }

        // Strong comparison: a weak tag never matches.
        var strong = tags.FirstOrDefault(t => !t.IsWeak);
        return strong is not null && int.TryParse(strong.Tag.AsSpan().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : -1;
    }

    /// <summary>200 with a strong ETag, or 304 when the client's <c>If-None-Match</c> already names it.</summary>
    protected ActionResult<T> OkWithETag<T>(T body, int version)
    {
        var etag = SetETag(version);
        var ifNoneMatch = Request.Headers[HeaderNames.IfNoneMatch];
        if (ifNoneMatch.Count > 0
            && EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
            && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false)))
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }

        return Ok(body);
    }

    protected CreatedResult CreatedWithETag<T>(string routeName, int id, T body, int version)
    {
        SetETag(version);
        var path = Url.RouteUrl(routeName, new { id })
            ?? throw new InvalidOperationException($"no route named {routeName}");
        return Created(HttpContext.RequestServices.GetRequiredService<PublicLocations>().For(Request, path), body);
    }

    protected EntityTagHeaderValue SetETag(int version)
    {
        var etag = new EntityTagHeaderValue($"\"{version.ToString(CultureInfo.InvariantCulture)}\"");
        Response.Headers[HeaderNames.ETag] = etag.ToString();
        return etag;
    }
}

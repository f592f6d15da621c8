using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Domain.Common;

namespace CastingAgency.Application.Common.Models;

public static class Concurrency
{
    /// <summary>
    /// Refuses the write when the client's <c>If-Match</c> version is stale. The same version is then
    /// the concurrency token of the UPDATE/DELETE, so a writer that slips in between still loses.
    /// </summary>
    public static void EnsureVersion(AuditableEntity entity, int? expectedVersion)
    {
        if (expectedVersion is { } expected && expected != entity.Version)
        {
            throw new PreconditionFailedException(
                $"If-Match does not match the current version of {entity.GetType().Name.ToLowerInvariant()} {entity.Id}");
        }
    }
}

using CastingAgency.Application.Common.Models;

namespace CastingAgency.Application.Pipeline;

/// <summary>The appointments' reads; implemented in Infrastructure (ADR-013).</summary>
public interface IAppointmentQueries
{
    /// <summary>
    /// A page of the appointments that match <paramref name="filter"/>: the schedule, or, with
    /// <paramref name="actorRoute"/>, the actor's (<c>GET /actors/{id}/appointments</c>, a list of its own).
    /// </summary>
    Task<PagedList<AppointmentDto>> ListAsync(AppointmentFilter filter, PageRequest paging, int? actorRoute, CancellationToken cancellationToken);
}

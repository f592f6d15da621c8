using CastingAgency.Application.Common.Models;

namespace CastingAgency.Application.Pipeline;

/// <summary>The pipeline's reads; implemented in Infrastructure (ADR-013).</summary>
public interface IPipelineQueries
{
    /// <summary>A page of the schedule, or with <paramref name="actorRoute"/> of the actor's (a list of its own), that matches <paramref name="filter"/>.</summary>
    Task<PagedList<AppointmentDto>> ListAppointmentsAsync(AppointmentFilter filter, PageRequest paging, int? actorRoute, CancellationToken cancellationToken);
}

using CastingAgency.Application.Appointments.Dtos;
using CastingAgency.Application.Appointments.Queries.ListAppointments;
using CastingAgency.Application.Common.Models;

namespace CastingAgency.Application.Appointments.Queries;

/// <summary>The appointments' reads; implemented in Infrastructure (ADR-013).</summary>
public interface IAppointmentQueries
{
    /// <summary>A page of the schedule, or with <paramref name="actorRoute"/> of the actor's (a list of its own), that matches <paramref name="filter"/>.</summary>
    Task<PagedList<AppointmentDto>> ListAsync(AppointmentFilter filter, PageRequest paging, int? actorRoute, CancellationToken cancellationToken);
}

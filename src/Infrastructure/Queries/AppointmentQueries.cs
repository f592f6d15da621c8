using CastingAgency.Application.Appointments.Dtos;
using CastingAgency.Application.Appointments.Queries;
using CastingAgency.Application.Appointments.Queries.ListAppointments;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using CastingAgency.Infrastructure.Queries.Lists;

namespace CastingAgency.Infrastructure.Queries;

internal sealed class AppointmentQueries(IAppointmentRepository appointments, ListReader lists) : IAppointmentQueries
{
    public Task<PagedList<AppointmentDto>> ListAsync(AppointmentFilter filter, PageRequest paging, int? actorRoute, CancellationToken cancellationToken) =>
        lists.ReadAsync<Appointment, AppointmentDto>(
            new ListSpec<Appointment>(
                actorRoute is { } actor ? $"actors/{actor}/appointments" : "appointments", filter, Filtered(appointments.Query(), filter),
                AppointmentFilter.Sorting, new ListTotal.OwnCondition()),
            paging,
            cancellationToken);

    private static IQueryable<Appointment> Filtered(IQueryable<Appointment> query, AppointmentFilter filter)
    {
        query = AnyOf.Ids(query, filter.Id, a => a.Id);
        query = filter.ActorId is { } actorId ? query.Where(a => a.ActorId == actorId) : query;
        query = filter.RoleId is { } roleId ? query.Where(a => a.RoleId == roleId) : query;
        query = filter.MovieId is { } movieId ? query.Where(a => a.ShortlistEntry!.Role!.MovieId == movieId) : query;
        query = WireNames<AppointmentKind>.TryParse(filter.Kind, out var kind) ? query.Where(a => a.Kind == kind) : query;

        if (filter.Status is { Length: > 0 })
        {
            var statuses = filter.Status.Select(WireNames<AppointmentStatus>.Parse).Distinct().ToList();
            query = query.Where(a => statuses.Contains(a.Status));
        }

        if (filter.From is { } fromValue)
        {
            var from = fromValue.UtcDateTime;
            query = query.Where(a => a.EndsAt > from);
        }

        if (filter.To is { } toValue)
        {
            var to = toValue.UtcDateTime;
            query = query.Where(a => a.StartsAt < to);
        }

        return query;
    }
}

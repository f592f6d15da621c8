using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Pipeline;
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
        if (filter.ActorId is { } actorId)
        {
            query = query.Where(a => a.ActorId == actorId);
        }

        if (filter.RoleId is { } roleId)
        {
            query = query.Where(a => a.RoleId == roleId);
        }

        if (filter.MovieId is { } movieId)
        {
            query = query.Where(a => a.ShortlistEntry!.Role!.MovieId == movieId);
        }

        if (WireNames<AppointmentKind>.TryParse(filter.Kind, out var kind))
        {
            query = query.Where(a => a.Kind == kind);
        }

        if (filter.Status is { Length: > 0 })
        {
            var statuses = filter.Status.Select(WireNames<AppointmentStatus>.Parse).Distinct().ToList();
            query = query.Where(a => statuses.Contains(a.Status));
        }

        if (TimestampInput.TryParse(filter.From, out var from))
        {
            query = query.Where(a => a.EndsAt > from);
        }

        if (TimestampInput.TryParse(filter.To, out var to))
        {
            query = query.Where(a => a.StartsAt < to);
        }

        return query;
    }
}

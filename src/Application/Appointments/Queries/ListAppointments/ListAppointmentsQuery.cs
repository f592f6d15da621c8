using CastingAgency.Application.Appointments.Dtos;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using MediatR;

namespace CastingAgency.Application.Appointments.Queries.ListAppointments;

/// <summary><c>GET /appointments</c> (and, with <paramref name="ActorRoute"/>, <c>GET /actors/{id}/appointments</c>).</summary>
public sealed record ListAppointmentsQuery(AppointmentFilter Filter, PageRequest Paging, int? ActorRoute = null) : IRequest<PagedList<AppointmentDto>>;

public sealed class ListAppointmentsQueryHandler(IActorRepository actors, IAppointmentQueries queries)
    : IRequestHandler<ListAppointmentsQuery, PagedList<AppointmentDto>>
{
    public async Task<PagedList<AppointmentDto>> Handle(ListAppointmentsQuery request, CancellationToken cancellationToken)
    {
        var filter = request.Filter;
        if (request.ActorRoute is { } actorId)
        {
            if (!await actors.ExistsAsync(actorId, cancellationToken))
            {
                throw new NotFoundException("actor", actorId);
            }

            filter = filter with { ActorId = actorId };
        }

        var paging = string.IsNullOrWhiteSpace(request.Paging.Sort) ? request.Paging with { Sort = AppointmentFilter.DefaultSort } : request.Paging;
        return await queries.ListAsync(filter, paging, request.ActorRoute, cancellationToken);
    }
}

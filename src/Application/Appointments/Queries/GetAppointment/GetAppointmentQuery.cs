using CastingAgency.Application.Appointments.Dtos;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using MediatR;

namespace CastingAgency.Application.Appointments.Queries.GetAppointment;

public sealed record GetAppointmentQuery(int Id) : IRequest<AppointmentDto>;

public sealed class GetAppointmentQueryHandler(IAppointmentRepository appointments)
    : IRequestHandler<GetAppointmentQuery, AppointmentDto>
{
    public async Task<AppointmentDto> Handle(GetAppointmentQuery request, CancellationToken cancellationToken) =>
        await appointments.GetAsync<AppointmentDto>(request.Id, cancellationToken)
        ?? throw new NotFoundException("appointment", request.Id);
}

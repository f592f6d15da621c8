using CastingAgency.Application.Common;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using MediatR;

namespace CastingAgency.Application.Appointments.Commands.DeleteAppointment;

public sealed record DeleteAppointmentCommand(int Id, int? ExpectedVersion = null) : IRequest<int>;

public sealed class DeleteAppointmentCommandHandler(IAppointmentRepository appointments, IUnitOfWork unitOfWork)
    : IRequestHandler<DeleteAppointmentCommand, int>
{
    public async Task<int> Handle(DeleteAppointmentCommand request, CancellationToken cancellationToken)
    {
        var appointment = await appointments.FindAsync(request.Id, cancellationToken) ?? throw new NotFoundException("appointment", request.Id);
        Concurrency.EnsureVersion(appointment, request.ExpectedVersion);
        appointments.Remove(appointment);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return appointment.Id;
    }
}

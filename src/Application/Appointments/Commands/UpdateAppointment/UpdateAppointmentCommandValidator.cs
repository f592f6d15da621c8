namespace CastingAgency.Application.Appointments.Commands.UpdateAppointment;

public sealed class UpdateAppointmentCommandValidator() : AppointmentFieldsValidator<UpdateAppointmentCommand>(patch: true);

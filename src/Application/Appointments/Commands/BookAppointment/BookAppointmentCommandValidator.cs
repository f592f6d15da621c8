namespace CastingAgency.Application.Appointments.Commands.BookAppointment;

public sealed class BookAppointmentCommandValidator() : AppointmentFieldsValidator<BookAppointmentCommand>(patch: false);

using CastingAgency.Application.Appointments.Commands.BookAppointment;
using CastingAgency.Application.Appointments.Commands.UpdateAppointment;
using CastingAgency.Domain.Enums;
using FluentValidation.TestHelper;

namespace CastingAgency.UnitTests.Appointments.Commands;

/// <summary>The booking and PATCH bodies of an appointment.</summary>
[TestFixture]
public sealed class AppointmentCommandValidatorTests
{
    private static BookAppointmentCommand Booking(string start = "2026-03-02T09:00:00Z", string end = "2026-03-02T10:00:00Z", AppointmentKind kind = AppointmentKind.Audition) =>
        new() { Kind = kind, StartsAt = start, EndsAt = end };

    [Test]
    public void ABookingIsValid() => new BookAppointmentCommandValidator().TestValidate(Booking()).ShouldNotHaveAnyValidationErrors();

    [Test]
    public void ABookingNeedsKindAndBothTimes()
    {
        var result = new BookAppointmentCommandValidator().TestValidate(new BookAppointmentCommand());
        result.ShouldHaveValidationErrorFor("kind");
        result.ShouldHaveValidationErrorFor("starts_at");
        result.ShouldHaveValidationErrorFor("ends_at");
    }

    [TestCase("2026-03-02T09:00:00Z", "2026-03-02T09:00:00Z")]
    [TestCase("2026-03-02T09:00:00Z", "2026-03-02T08:00:00Z")]
    [TestCase("2026-03-02T09:00:00Z", "2026-03-02T17:00:01Z")]
    public void EndsAtIsAfterStartsAtAndAtMost8HoursLater(string start, string end) =>
        new BookAppointmentCommandValidator().TestValidate(Booking(start, end)).ShouldHaveValidationErrorFor("ends_at");

    [Test]
    public void EightHoursIsAllowed() =>
        new BookAppointmentCommandValidator().TestValidate(Booking(end: "2026-03-02T17:00:00Z")).ShouldNotHaveAnyValidationErrors();

    [Test]
    public void AnAppointmentPatchKeepsKindAndDoesNotMixStatusWithAReschedule()
    {
        var validator = new UpdateAppointmentCommandValidator();
        validator.TestValidate(new UpdateAppointmentCommand()).ShouldHaveValidationErrorFor("body");
        validator.TestValidate(new UpdateAppointmentCommand { Kind = AppointmentKind.Callback }).ShouldHaveValidationErrorFor("kind");
        validator.TestValidate(new UpdateAppointmentCommand { Status = AppointmentStatus.Confirmed, Location = "x" }).ShouldHaveValidationErrorFor("status");
        validator.TestValidate(new UpdateAppointmentCommand { Status = null }).ShouldHaveValidationErrorFor("status");
        validator.TestValidate(new UpdateAppointmentCommand { Status = AppointmentStatus.NoShow }).ShouldNotHaveAnyValidationErrors();
        validator.TestValidate(new UpdateAppointmentCommand { StartsAt = null }).ShouldHaveValidationErrorFor("starts_at");
    }
}

using CastingAgency.Application.Appointments.Queries.ListAppointments;
using FluentValidation.TestHelper;

namespace CastingAgency.UnitTests.Appointments.Queries;

/// <summary>The filters of <c>GET /appointments</c>.</summary>
[TestFixture]
public sealed class AppointmentFilterValidatorTests
{
    [Test]
    public void ShouldRefuseToBeforeFrom()
    {
        new AppointmentFilterValidator().TestValidate(new AppointmentFilter { From = DateTimeOffset.Parse("2026-03-02T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture), To = DateTimeOffset.Parse("2026-03-02T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture) }).ShouldHaveValidationErrorFor("to");
    }
}

using CastingAgency.Application.Common.Validation;
using FluentValidation;

namespace CastingAgency.Application.Appointments.Queries.ListAppointments;

public sealed class ListAppointmentsQueryValidator : AbstractValidator<ListAppointmentsQuery>
{
    public ListAppointmentsQueryValidator()
    {
        this.Paging(q => q.Paging);
        RuleFor(q => q.Paging.Sort).Sort(AppointmentFilter.Sorting).OverridePropertyName("sort");
        RuleFor(q => q.Filter).SetValidator(new AppointmentFilterValidator());
    }
}

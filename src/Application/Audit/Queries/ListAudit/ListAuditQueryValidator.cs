using CastingAgency.Application.Common.Validation;
using FluentValidation;

namespace CastingAgency.Application.Audit.Queries.ListAudit;

public sealed class ListAuditQueryValidator : AbstractValidator<ListAuditQuery>
{
    public ListAuditQueryValidator()
    {
        this.Paging(q => q.Paging);
        RuleFor(q => q.Paging.Sort).Sort(AuditFilter.Sorting).OverridePropertyName("sort");
        RuleFor(q => q.Filter).SetValidator(new AuditFilterValidator());
    }
}

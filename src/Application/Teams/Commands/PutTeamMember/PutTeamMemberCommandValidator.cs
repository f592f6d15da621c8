using FluentValidation;

namespace CastingAgency.Application.Teams.Commands.PutTeamMember;

public sealed class PutTeamMemberCommandValidator : TeamFieldsValidator<PutTeamMemberCommand>
{
    public PutTeamMemberCommandValidator() => RuleFor(c => c.Sub).Subject();
}

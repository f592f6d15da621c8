using FluentValidation;

namespace CastingAgency.Application.Teams.Commands.RemoveTeamMember;

public sealed class RemoveTeamMemberCommandValidator : AbstractValidator<RemoveTeamMemberCommand>
{
    public RemoveTeamMemberCommandValidator() => RuleFor(c => c.Sub).Subject();
}

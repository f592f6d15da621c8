using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Validation;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using FluentValidation;

namespace CastingAgency.Application.Teams;

/// <summary>
/// The rules of confidential productions and their teams that other features apply too (docs/api.md,
/// "Confidential productions and their teams"): who may change a movie's <c>confidential</c> flag, and that whoever
/// makes a movie confidential without seeing every production joins its team, so the write does not hide the movie
/// from the very caller who made it.
/// </summary>
public static class TeamRules
{
    /// <summary>Changing a team, or a movie's <c>confidential</c> flag, needs this permission.</summary>
    public const string ManagePermission = "manage:teams";

    /// <summary>
    /// Sets the movie's flag when the body holds a value other than the current one (sending the current value is
    /// no change and needs nothing): 403 without <see cref="ManagePermission"/>. When the movie becomes
    /// confidential and the caller does not see every production, the caller joins its team as <c>producer</c>
    /// in the same write, unless already on it. <paramref name="isNew"/>: the movie is being created.
    /// </summary>
    public static async Task ApplyConfidentialAsync(
        Movie movie, Optional<bool?> requested, bool isNew, ICurrentUser user, ITeamRepository team, CancellationToken cancellationToken)
    {
        if (!requested.IsPresent || requested.Value is not { } confidential || confidential == movie.Confidential)
        {
            return;
        }

        if (!user.HasPermission(ManagePermission))
        {
            throw new ForbiddenException($"changing confidential also needs {ManagePermission}");
        }

        movie.SetConfidential(confidential);
        if (confidential && !user.SeesEveryProduction
            && (isNew || await team.FindAsync(movie.Id, user.Subject, cancellationToken) is null))
        {
            team.Add(new TeamMember(movie, user.Subject, TeamPosition.Producer, name: null, addedBy: user.Subject));
        }
    }

    /// <summary>A token subject in the path: 1–255 characters, no control characters, no surrounding whitespace.</summary>
    public static IRuleBuilderOptions<T, string?> Subject<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage(Guard.Messages.Required("{PropertyName}"))
            .MaximumLength(Limits.SubjectMaxLength).WithMessage(Guard.Messages.TooLong("{PropertyName}", Limits.SubjectMaxLength))
            .Must(s => s is null || (!s.Any(char.IsControl) && s.Trim().Length == s.Length))
            .WithMessage("{PropertyName} must not hold control characters or start or end with whitespace.");
}

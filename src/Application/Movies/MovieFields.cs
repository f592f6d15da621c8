using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Common.Validation;
using CastingAgency.Domain.Common;
using FluentValidation;

namespace CastingAgency.Application.Movies;

/// <summary>
/// The writable movie fields of docs/api.md §3, stated once: the bodies of <c>POST /movies</c> and
/// <c>PATCH /movies/{id}</c> are both this shape and <see cref="MovieFieldsValidator{T}"/> validates both.
/// </summary>
public abstract record MovieFields : FieldSet
{
    /// <summary>1–200 characters after trimming.</summary>
    public Optional<string?> Title { get; init; }

    /// <summary>YYYY-MM-DD (also YYYY-M-D or an ISO 8601 date-time), 1888-01-01 … 2100-12-31.</summary>
    public Optional<string?> ReleaseDate { get; init; }

    public Optional<string?> Company { get; init; }

    public Optional<string?> Description { get; init; }

    /// <summary>
    /// Seen only by the movie's team and by callers with <c>read:confidential</c>. Defaults to false (create: absent or
    /// null). Changing it also needs <c>manage:teams</c> (403); sending the current value needs nothing more.
    /// </summary>
    public Optional<bool?> Confidential { get; init; }
}

/// <summary>The one rule set of the movie fields: required ones always on create, when present on PATCH.</summary>
public abstract class MovieFieldsValidator<T> : AbstractValidator<T>
    where T : MovieFields
{
    protected MovieFieldsValidator(bool patch)
    {
        if (patch)
        {
            this.NotEmptyPatch();
            this.NotNullWhenPresent(c => c.Confidential);
        }

        When(c => !patch || c.Title.IsPresent, () => RuleFor(c => c.Title.Value).RequiredText(Limits.NameMaxLength));
        When(c => !patch || c.ReleaseDate.IsPresent, () => RuleFor(c => c.ReleaseDate.Value).ReleaseDate());
        RuleFor(c => c.Company.Value).OptionalText(Limits.NameMaxLength);
        RuleFor(c => c.Description.Value).OptionalLongText(Limits.DescriptionMaxLength);
    }
}

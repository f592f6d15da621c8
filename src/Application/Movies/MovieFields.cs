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
    public string? Title { get; set { field = value; MarkPresent(nameof(Title)); } }

    /// <summary>YYYY-MM-DD (also YYYY-M-D or an ISO 8601 date-time), 1888-01-01 … 2100-12-31.</summary>
    public string? ReleaseDate { get; set { field = value; MarkPresent(nameof(ReleaseDate)); } }

    public string? Company { get; set { field = value; MarkPresent(nameof(Company)); } }

    public string? Description { get; set { field = value; MarkPresent(nameof(Description)); } }
}

/// <summary>The one rule set of the movie fields: required ones always on create, when present on PATCH.</summary>
public sealed class MovieFieldsValidator<T> : AbstractValidator<T>
    where T : MovieFields
{
    public MovieFieldsValidator(bool patch)
    {
        bool Supplied(T c, string property) => !patch || c.IsPresent(property);

        if (patch)
        {
            this.NotEmptyPatch();
        }

        When(c => Supplied(c, nameof(MovieFields.Title)), () => RuleFor(c => c.Title).RequiredText(Limits.NameMaxLength));
        When(c => Supplied(c, nameof(MovieFields.ReleaseDate)), () => RuleFor(c => c.ReleaseDate).ReleaseDate());
        RuleFor(c => c.Company).OptionalText(Limits.NameMaxLength);
        RuleFor(c => c.Description).OptionalLongText(Limits.DescriptionMaxLength);
    }
}

using CastingAgency.Domain.Common;

namespace CastingAgency.Domain.Entities;

/// <summary>A movie the agency casts for. Title and release date together identify it.</summary>
public sealed class Movie : AuditableEntity
{
    private readonly List<Role> _roles = [];

    public Movie(string title, DateOnly releaseDate, string? company = null, string? description = null)
    {
        Update(title, releaseDate, company, description);
    }

    // For EF Core materialisation.
    private Movie()
    {
        Title = TitleNormalized = string.Empty;
    }

    public string Title { get; private set; }

    /// <summary>Upper-cased title: case-insensitive uniqueness and search on every provider.</summary>
    public string TitleNormalized { get; private set; }

    public DateOnly ReleaseDate { get; private set; }

    public string? Company { get; private set; }

    public string? CompanyNormalized { get; private set; }

    public string? Description { get; private set; }

    /// <summary>
    /// A confidential production is seen only by its team and by callers who may see every production
    /// (docs/api.md, "Who may see what").
    /// </summary>
    public bool Confidential { get; private set; }

    public IReadOnlyCollection<Role> Roles => _roles;

    public void SetConfidential(bool confidential) => Confidential = confidential;

    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(Title), nameof(TitleNormalized))]
    public void Update(string title, DateOnly releaseDate, string? company, string? description)
    {
        Title = Guard.RequiredText(title, "title", Limits.NameMaxLength);
        TitleNormalized = Guard.Normalize(Title)!;
        if (!Guard.IsReleaseDate(releaseDate))
        {
            throw new DomainValidationException("release_date", Guard.Messages.ReleaseDateOutOfRange("release_date"));
        }

        ReleaseDate = releaseDate;
        Company = Guard.OptionalText(company, "company", Limits.NameMaxLength);
        CompanyNormalized = Guard.Normalize(Company);
        Description = Guard.OptionalText(description, "description", Limits.DescriptionMaxLength);
    }
}

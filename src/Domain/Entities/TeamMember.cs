using CastingAgency.Domain.Common;
using CastingAgency.Domain.Enums;

namespace CastingAgency.Domain.Entities;

/// <summary>
/// A person on a movie's team, by token subject. A member sees the movie when it is confidential; what a member
/// may do still comes from the token's permissions. <see cref="AuditableEntity.CreatedAt"/> is when they were added.
/// </summary>
public sealed class TeamMember : AuditableEntity
{
    public TeamMember(int movieId, string subject, TeamPosition position, string? name, string addedBy)
    {
        MovieId = movieId;
        Subject = Guard.RequiredText(subject, "sub", Limits.SubjectMaxLength);
        AddedBy = addedBy;
        Change(position, name);
    }

    /// <summary>A member of <paramref name="movie"/>, which may not be stored yet: the movie's id is set when both are saved.</summary>
    public TeamMember(Movie movie, string subject, TeamPosition position, string? name, string addedBy)
        : this(movie.Id, subject, position, name, addedBy)
    {
        Movie = movie;
    }

    // For EF Core materialisation.
    private TeamMember()
    {
        Subject = AddedBy = string.Empty;
    }

    public int MovieId { get; private set; }

    public Movie? Movie { get; private set; }

    /// <summary>The member's token subject (<c>sub</c>).</summary>
    public string Subject { get; private set; }

    public TeamPosition Position { get; private set; }

    public string? Name { get; private set; }

    /// <summary>The subject of whoever added the member.</summary>
    public string AddedBy { get; private set; }

    public void Change(TeamPosition position, string? name)
    {
        Position = Guard.Defined(position, "position");
        Name = Guard.OptionalText(name, "name", Limits.NameMaxLength);
    }
}

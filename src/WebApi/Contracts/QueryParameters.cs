using CastingAgency.Application.Actors.Queries.ListActors;
using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Movies.Queries.ListMovies;
using CastingAgency.Application.Roles.Queries.ListRoles;
using Microsoft.AspNetCore.Mvc;

namespace CastingAgency.WebApi.Contracts;

#pragma warning disable SA1402, SA1649 // The query-string shapes of contract §4 live together.

/// <summary>Paging and sorting shared by every list (contract §4).</summary>
public class ListParameters
{
    /// <summary>1-based page number (default 1).</summary>
    [FromQuery(Name = "page")]
    public int? Page { get; set; }

    /// <summary>Items per page, 1–100 (default 10).</summary>
    [FromQuery(Name = "page_size")]
    public int? PageSize { get; set; }

    /// <summary>Comma list of fields, '-' for descending, e.g. -release_date,title (default id).</summary>
    [FromQuery(Name = "sort")]
    public string? Sort { get; set; }

    /// <summary>Case-insensitive substring of the title or name.</summary>
    [FromQuery(Name = "search_term")]
    public string? SearchTerm { get; set; }

    public PageRequest ToPageRequest() => new(Page, PageSize, Sort);
}

public sealed class MovieListParameters : ListParameters
{
    [FromQuery(Name = "title")]
    public string? Title { get; set; }

    [FromQuery(Name = "company")]
    public string? Company { get; set; }

    [FromQuery(Name = "release_date")]
    public DateOnly? ReleaseDate { get; set; }

    [FromQuery(Name = "min_release_date")]
    public DateOnly? MinReleaseDate { get; set; }

    [FromQuery(Name = "max_release_date")]
    public DateOnly? MaxReleaseDate { get; set; }

    public MovieFilter ToFilter() => new()
    {
        SearchTerm = SearchTerm, Title = Title, Company = Company,
        ReleaseDate = ReleaseDate, MinReleaseDate = MinReleaseDate, MaxReleaseDate = MaxReleaseDate,
    };
}

public sealed class ActorListParameters : ListParameters
{
    [FromQuery(Name = "name")]
    public string? Name { get; set; }

    [FromQuery(Name = "age")]
    public int? Age { get; set; }

    [FromQuery(Name = "min_age")]
    public int? MinAge { get; set; }

    [FromQuery(Name = "max_age")]
    public int? MaxAge { get; set; }

    /// <summary>female, male or non-binary.</summary>
    [FromQuery(Name = "gender")]
    public string? Gender { get; set; }

    [FromQuery(Name = "location")]
    public string? Location { get; set; }

    [FromQuery(Name = "passport")]
    public bool? Passport { get; set; }

    [FromQuery(Name = "driver_license")]
    public bool? DriverLicense { get; set; }

    [FromQuery(Name = "ethnicity")]
    public string? Ethnicity { get; set; }

    [FromQuery(Name = "hair_color")]
    public string? HairColor { get; set; }

    [FromQuery(Name = "eye_color")]
    public string? EyeColor { get; set; }

    [FromQuery(Name = "body_type")]
    public string? BodyType { get; set; }

    [FromQuery(Name = "height")]
    public int? Height { get; set; }

    [FromQuery(Name = "min_height")]
    public int? MinHeight { get; set; }

    [FromQuery(Name = "max_height")]
    public int? MaxHeight { get; set; }

    [FromQuery(Name = "email")]
    public string? Email { get; set; }

    public ActorFilter ToFilter() => new()
    {
        SearchTerm = SearchTerm, Name = Name, Age = Age, MinAge = MinAge, MaxAge = MaxAge, Gender = Gender,
        Location = Location, Passport = Passport, DriverLicense = DriverLicense, Ethnicity = Ethnicity,
        HairColor = HairColor, EyeColor = EyeColor, BodyType = BodyType, Height = Height,
        MinHeight = MinHeight, MaxHeight = MaxHeight, Email = Email,
    };
}

public sealed class RoleListParameters : ListParameters
{
    [FromQuery(Name = "movie_id")]
    public int? MovieId { get; set; }

    [FromQuery(Name = "actor_id")]
    public int? ActorId { get; set; }

    [FromQuery(Name = "name")]
    public string? Name { get; set; }

    /// <summary>female, male, non-binary or any.</summary>
    [FromQuery(Name = "gender")]
    public string? Gender { get; set; }

    /// <summary>true: roles with an actor; false: open roles.</summary>
    [FromQuery(Name = "cast")]
    public bool? Cast { get; set; }

    /// <summary>Roles whose age range contains this age.</summary>
    [FromQuery(Name = "age")]
    public int? Age { get; set; }

    public RoleFilter ToFilter() => new()
    {
        SearchTerm = SearchTerm, MovieId = MovieId, ActorId = ActorId, Name = Name, Gender = Gender, Cast = Cast, Age = Age,
    };
}

using CastingAgency.Application.Movies.Commands.CreateMovie;
using CastingAgency.Application.Movies.Commands.DeleteMovie;
using CastingAgency.Application.Movies.Commands.UpdateMovie;
using CastingAgency.Application.Movies.Queries.GetMovie;
using CastingAgency.Application.Movies.Queries.ListMovies;
using CastingAgency.Application.Roles.Queries.ListMovieRoles;
using CastingAgency.WebApi.Authorization;
using CastingAgency.WebApi.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CastingAgency.WebApi.Controllers;

/// <summary>Movies: list, read (with cast), create, update, delete (with their roles), and their roles.</summary>
[Route("movies")]
[Tags("Movies")]
public sealed class MoviesController(IMediator mediator) : ApiControllerBase(mediator)
{
    /// <summary>List movies with paging, sorting, search and filters.</summary>
    [HttpGet(Name = "listMovies")]
    [Authorize(Policy = Permissions.GetMovies)]
    [ProducesResponseType<MovieListResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<MovieListResponse>> List([FromQuery] MovieFilter filter, [FromQuery] PageParameters paging, CancellationToken cancellationToken)
    {
        var page = await Mediator.Send(new ListMoviesQuery(filter, paging.ToPageRequest()), cancellationToken);
        return new MovieListResponse(true, page.Items, page.Total, page.Page, page.PageSize, page.NextCursor);
    }

    /// <summary>Get one movie with its cast.</summary>
    [HttpGet("{id:int}", Name = "getMovie")]
    [Authorize(Policy = Permissions.GetMovies)]
    [ProducesResponseType<MovieDetailResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    public async Task<ActionResult<MovieDetailResponse>> Get(int id, CancellationToken cancellationToken)
    {
        var movie = await Mediator.Send(new GetMovieQuery(id), cancellationToken);
        return OkWithETag(new MovieDetailResponse(true, movie), movie.Version);
    }

    /// <summary>Create a movie.</summary>
    [HttpPost(Name = "createMovie")]
    [Authorize(Policy = Permissions.PostMovies)]
    [Consumes("application/json")]
    [ProducesResponseType<MovieCreatedResponse>(StatusCodes.Status201Created)]
    public async Task<ActionResult<MovieCreatedResponse>> Create([FromBody] CreateMovieCommand command, CancellationToken cancellationToken)
    {
        var movie = await Mediator.Send(command, cancellationToken);
        return CreatedWithETag("getMovie", movie.Id, new MovieCreatedResponse(true, movie, movie.Id), movie.Version);
    }

    /// <summary>Change the properties present in the body. Honours If-Match.</summary>
    [HttpPatch("{id:int}", Name = "updateMovie")]
    [Authorize(Policy = Permissions.PatchMovies)]
    [Consumes("application/json")]
    [ProducesResponseType<MovieResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<MovieResponse>> Update(int id, [FromBody] UpdateMovieCommand command, CancellationToken cancellationToken)
    {
        var movie = await Mediator.Send(command with { Id = id, ExpectedVersion = IfMatchVersion() }, cancellationToken);
        SetETag(movie.Version);
        return new MovieResponse(true, movie);
    }

    /// <summary>Delete a movie and its roles. Honours If-Match.</summary>
    [HttpDelete("{id:int}", Name = "deleteMovie")]
    [Authorize(Policy = Permissions.DeleteMovies)]
    [ProducesResponseType<DeletedResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<DeletedResponse>> Delete(int id, CancellationToken cancellationToken)
    {
        var deleted = await Mediator.Send(new DeleteMovieCommand(id, IfMatchVersion()), cancellationToken);
        return new DeletedResponse(true, deleted);
    }

    /// <summary>All roles of a movie.</summary>
    [HttpGet("{id:int}/roles", Name = "listMovieRoles")]
    [Authorize(Policy = Permissions.GetRoles)]
    [ProducesResponseType<MovieRolesResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<MovieRolesResponse>> ListRoles(int id, CancellationToken cancellationToken)
    {
        var roles = await Mediator.Send(new ListMovieRolesQuery(id), cancellationToken);
        return new MovieRolesResponse(true, id, roles);
    }
}

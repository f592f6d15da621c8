using AutoMapper;
using AutoMapper.QueryableExtensions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Movies.Dtos;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Entities;
using MediatR;

namespace CastingAgency.Application.Movies.Queries.ListMovies;

public sealed record ListMoviesQuery(MovieFilter Filter, PageRequest Paging) : IRequest<PagedList<MovieDto>>;

public sealed class ListMoviesQueryHandler(IMovieRepository movies, IQueryRunner runner, IMapper mapper)
    : IRequestHandler<ListMoviesQuery, PagedList<MovieDto>>
{
    public Task<PagedList<MovieDto>> Handle(ListMoviesQuery request, CancellationToken cancellationToken) =>
        runner.ToPageAsync(
            Filter(movies.Query(), request.Filter),
            q => MovieSorting.Map.Apply(q, request.Paging.Sort).ProjectTo<MovieDto>(mapper.ConfigurationProvider),
            request.Paging,
            cancellationToken);

    internal static IQueryable<Movie> Filter(IQueryable<Movie> query, MovieFilter f)
    {
        if (!string.IsNullOrEmpty(f.SearchTerm))
        {
            var term = Guard.Normalize(f.SearchTerm)!;
            query = query.Where(m => m.TitleNormalized.Contains(term));
        }

        if (f.Title is not null)
        {
            var title = Guard.Normalize(f.Title);
            query = query.Where(m => m.TitleNormalized == title);
        }

        if (f.Company is not null)
        {
            var company = Guard.Normalize(f.Company);
            query = query.Where(m => m.CompanyNormalized == company);
        }

        if (f.ReleaseDate is { } date)
        {
            query = query.Where(m => m.ReleaseDate == date);
        }

        if (f.MinReleaseDate is { } min)
        {
            query = query.Where(m => m.ReleaseDate >= min);
        }

        if (f.MaxReleaseDate is { } max)
        {
            query = query.Where(m => m.ReleaseDate <= max);
        }

        return query;
    }
}

using CastingAgency.Application.Actors.Dtos;
using CastingAgency.Application.Actors.Queries.ListActors;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using MediatR;

namespace CastingAgency.Application.Actors;

/// <summary>
/// Who sees an actor's <c>phone</c> and <c>email</c> (docs/api.md §3, ADR-017), decided here and nowhere else: a caller
/// with <see cref="Permission"/> gets them; any other gets every actor without them (absent, not null), and may not
/// filter by them. <see cref="ContactDetailsBehaviour{TRequest, TResponse}"/> applies it to every request; the
/// <c>Idempotency-Key</c> replay asks <see cref="VisibleTo"/> before it gives back a stored body.
/// </summary>
public static class ContactDetails
{
    /// <summary>The permission that shows contact details (the token's claim value).</summary>
    public const string Permission = "get:contacts";

    public static bool VisibleTo(ICurrentUser user) => user.HasPermission(Permission);

    /// <summary>
    /// Whether <see cref="Hide{TResponse}"/> takes the contacts out of a response of this type. Every request whose
    /// response holds an actor must answer with such a type (a unit test checks).
    /// </summary>
    public static bool Shapes(Type responseType) =>
        typeof(ActorDto).IsAssignableFrom(responseType) || responseType == typeof(PagedList<ActorDto>);

    /// <summary>The response without any actor's contact details.</summary>
    public static TResponse Hide<TResponse>(TResponse response) => response switch
    {
        ActorDto actor => (TResponse)(object)actor.WithoutContacts(),
        PagedList<ActorDto> page => (TResponse)(object)(page with { Items = [.. page.Items.Select(a => a.WithoutContacts())] }),
        _ => response,
    };

    /// <summary>Refuses (403 naming it) a filter by a contact detail from a caller who may not see them.</summary>
    public static void EnsureMayFilter(IFiltersActors request)
    {
        if (request.Filter.Email is not null)
        {
            throw new ForbiddenException($"the email filter needs the permission {Permission}", field: "email");
        }
    }
}

/// <summary>
/// A request of a talent agency about its own actors (the roster, contract §13) when <see cref="Agency"/> is set: the
/// agency represents them, so it sees their contact details without <c>get:contacts</c>.
/// </summary>
public interface IAgencyScoped
{
    string? Agency { get; }
}

/// <summary>A request narrowed by the actor filters (<c>GET /actors</c>, <c>GET /roles/{id}/candidates</c>).</summary>
public interface IFiltersActors
{
    ActorFilter Filter { get; }
}

/// <summary>
/// Applies <see cref="ContactDetails"/> to every request: before validation, a contact filter from a caller without
/// the permission is refused; after the handler, the response loses its actors' contact details for that caller.
/// </summary>
public sealed class ContactDetailsBehaviour<TRequest, TResponse>(ICurrentUser user) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (ContactDetails.VisibleTo(user) || request is IAgencyScoped { Agency: not null })
        {
            return await next();
        }

        if (request is IFiltersActors filtered)
        {
            ContactDetails.EnsureMayFilter(filtered);
        }

        return ContactDetails.Hide(await next());
    }
}

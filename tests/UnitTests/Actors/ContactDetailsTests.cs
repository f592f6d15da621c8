using System.Text.Json;
using System.Text.Json.Nodes;
using CastingAgency.Application.Actors;
using CastingAgency.Application.Actors.Dtos;
using CastingAgency.Application.Actors.Queries.ListActors;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using CastingAgency.Application.Common.Validation;
using CastingAgency.Application.Roles.Queries.ListCandidates;
using CastingAgency.Domain.Enums;
using CastingAgency.WebApi.Authorization;
using CastingAgency.WebApi.Json;
using MediatR;
using Moq;

namespace CastingAgency.UnitTests.Actors;

/// <summary>The one decision of who sees an actor's phone and email (ADR-017).</summary>
public class ContactDetailsTests
{
    private static readonly ActorDto Actor = new() { Id = 7, Name = "Ann", Age = 30, Gender = Gender.Female, Phone = "+1 555 0100", Email = "ann@example.com" };

    private static ICurrentUser User(bool contacts)
    {
        var user = new Mock<ICurrentUser>();
        user.Setup(u => u.HasPermission(It.IsAny<string>())).Returns(false);
        user.Setup(u => u.HasPermission(Permissions.GetContacts)).Returns(contacts);
        return user.Object;
    }

    private static Task<TResponse> Run<TRequest, TResponse>(bool contacts, TRequest request, TResponse response)
        where TRequest : notnull =>
        new ContactDetailsBehaviour<TRequest, TResponse>(User(contacts)).Handle(request, CancellationToken.None, () => Task.FromResult(response));

    [Test]
    public void ShouldAskForTheGetContactsPermission() =>
        Assert.That(ContactDetails.Permission, Is.EqualTo(Permissions.GetContacts));

    [Test]
    public async Task ShouldHideContactsWhenTheCallerLacksGetContacts()
    {
        var shown = await Run(false, new object(), Actor);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.Phone.IsPresent, Is.False);
            Assert.That(shown.Email.IsPresent, Is.False);
            Assert.That(shown with { Phone = Actor.Phone, Email = Actor.Email }, Is.EqualTo(Actor), "nothing else changes");
            Assert.That(Actor.Phone.IsPresent, Is.True, "the handler's object is not changed in place");
        }
    }

    [Test]
    public async Task ShouldKeepContactsWhenTheCallerHasGetContacts() =>
        Assert.That(await Run(true, new object(), Actor), Is.SameAs(Actor));

    [Test]
    public async Task ShouldKeepTheDetailShapeWhenHidingContacts()
    {
        var detail = new ActorDetailDto { Id = 3, Phone = null, Email = "d@example.com", Movies = [new ActorMovieDto { MovieId = 1, RoleId = 2 }] };

        var shown = await Run(false, new object(), detail);

        Assert.That(shown, Is.TypeOf<ActorDetailDto>());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.Movies, Is.SameAs(detail.Movies));
            Assert.That(shown.Phone.IsPresent, Is.False, "a null phone is absent too, not null");
            Assert.That(shown.Email.IsPresent, Is.False);
        }
    }

    [Test]
    public async Task ShouldHideContactsOfEveryActorOfAPage()
    {
        var page = new PagedList<ActorDto>([Actor, Actor with { Id = 8 }], 2, 1, 20, "next");

        var shown = await Run(false, new ListActorsQuery(new ActorFilter(), new PageRequest()), page);

        Assert.That(shown.Items.Select(a => (a.Id, a.Phone.IsPresent, a.Email.IsPresent)), Is.EqualTo(new[] { (7, false, false), (8, false, false) }));
        Assert.That(shown with { Items = page.Items }, Is.EqualTo(page), "total, page, size and cursor stay");
    }

    [Test]
    public void ShouldRefuseTheEmailFilterWithoutGetContacts()
    {
        var called = false;
        var behaviour = new ContactDetailsBehaviour<ListCandidatesQuery, PagedList<ActorDto>>(User(false));

        var refused = Assert.ThrowsAsync<ForbiddenException>(() => behaviour.Handle(
            new ListCandidatesQuery(1, new ActorFilter { Email = "ann@example.com" }, new PageRequest()),
            CancellationToken.None,
            () =>
            {
                called = true;
                return Task.FromResult(new PagedList<ActorDto>([], 0, 1, 20));
            }));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(refused!.Field, Is.EqualTo("email"));
            Assert.That(refused.Message, Does.Contain("email").And.Contain("get:contacts"));
            Assert.That(called, Is.False, "the list is not read");
        }
    }

    [Test]
    public async Task ShouldAllowTheEmailFilterWithGetContacts()
    {
        var page = new PagedList<ActorDto>([Actor], 1, 1, 20);

        var shown = await Run(true, new ListActorsQuery(new ActorFilter { Email = "ann@example.com" }, new PageRequest()), page);

        Assert.That(shown.Items.Single().Email, Is.EqualTo(new Optional<string?>("ann@example.com")));
    }

    [Test]
    public void ShouldWriteHiddenContactsAsAbsentAndAMissingOneAsNull()
    {
        var options = new JsonSerializerOptions();
        JsonDefaults.Apply(options);

        var shown = JsonNode.Parse(JsonSerializer.Serialize(Actor with { Phone = null }, options))!.AsObject();
        var hidden = JsonNode.Parse(JsonSerializer.Serialize(Actor.WithoutContacts(), options))!.AsObject();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.ContainsKey("phone"), Is.True);
            Assert.That(shown["phone"], Is.Null, "no phone on file: null");
            Assert.That(shown["email"]!.GetValue<string>(), Is.EqualTo("ann@example.com"));
            Assert.That(hidden.ContainsKey("phone"), Is.False);
            Assert.That(hidden.ContainsKey("email"), Is.False);
            Assert.That(hidden["name"]!.GetValue<string>(), Is.EqualTo("Ann"));
        }
    }

    /// <summary>A new request whose answer holds an actor some other way would escape the behaviour: this fails first.</summary>
    [Test]
    public void ShouldShapeEveryResponseThatHoldsAnActor()
    {
        var responses = typeof(ContactDetails).Assembly.GetTypes()
            .SelectMany(t => t.GetInterfaces())
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>))
            .Select(i => i.GetGenericArguments()[0])
            .Distinct()
            .ToList();

        var holding = responses.Where(t => HoldsActor(t, [])).ToList();

        Assert.That(holding, Has.Count.GreaterThanOrEqualTo(3), "ActorDto, ActorDetailDto and PagedList<ActorDto> at least");
        Assert.That(holding.Where(t => !ContactDetails.Shapes(t)), Is.Empty);
    }

    private static bool HoldsActor(Type type, HashSet<Type> seen)
    {
        if (typeof(ActorDto).IsAssignableFrom(type))
        {
            return true;
        }

        if (!seen.Add(type) || type.IsPrimitive || type == typeof(string))
        {
            return false;
        }

        if (type.IsArray)
        {
            return HoldsActor(type.GetElementType()!, seen);
        }

        if (type.GetGenericArguments().Any(a => HoldsActor(a, seen)))
        {
            return true;
        }

        return type.Assembly == typeof(ContactDetails).Assembly
            && type.GetProperties().Any(p => HoldsActor(p.PropertyType, seen));
    }
}

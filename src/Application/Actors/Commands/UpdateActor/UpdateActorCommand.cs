using AutoMapper;
using CastingAgency.Application.Actors.Dtos;
using CastingAgency.Application.Common;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Common.Models;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Enums;
using MediatR;

namespace CastingAgency.Application.Actors.Commands.UpdateActor;

/// <summary>The body of <c>PATCH /actors/{id}</c>: only the properties present change; null clears an optional one.</summary>
public sealed class UpdateActorCommand : PatchCommand, IRequest<ActorDto>, IActorInput
{
    public string? Name { get; set { field = value; MarkPresent(nameof(Name)); } }

    public int? Age { get; set { field = value; MarkPresent(nameof(Age)); } }

    public string? Gender { get; set { field = value; MarkPresent(nameof(Gender)); } }

    public string? Location { get; set { field = value; MarkPresent(nameof(Location)); } }

    public bool? Passport { get; set { field = value; MarkPresent(nameof(Passport)); } }

    public bool? DriverLicense { get; set { field = value; MarkPresent(nameof(DriverLicense)); } }

    public string? Ethnicity { get; set { field = value; MarkPresent(nameof(Ethnicity)); } }

    public string? HairColor { get; set { field = value; MarkPresent(nameof(HairColor)); } }

    public string? EyeColor { get; set { field = value; MarkPresent(nameof(EyeColor)); } }

    public string? BodyType { get; set { field = value; MarkPresent(nameof(BodyType)); } }

    public int? Height { get; set { field = value; MarkPresent(nameof(Height)); } }

    public string? Description { get; set { field = value; MarkPresent(nameof(Description)); } }

    public string? ImageLink { get; set { field = value; MarkPresent(nameof(ImageLink)); } }

    public string? Phone { get; set { field = value; MarkPresent(nameof(Phone)); } }

    public string? Email { get; set { field = value; MarkPresent(nameof(Email)); } }
}

public sealed class UpdateActorCommandHandler(IActorRepository actors, IUnitOfWork unitOfWork, IMapper mapper)
    : IRequestHandler<UpdateActorCommand, ActorDto>
{
    public async Task<ActorDto> Handle(UpdateActorCommand request, CancellationToken cancellationToken)
    {
        // The roles are loaded with the actor: a new age or gender must still fit every role held.
        var actor = await actors.FindWithRolesAsync(request.Id, cancellationToken) ?? throw new NotFoundException("actor", request.Id);
        Concurrency.EnsureVersion(actor, request.ExpectedVersion);

        var email = request.Pick(nameof(request.Email), request.Email, actor.Email)?.Trim();
        if (email is { Length: > 0 } && Guard.Normalize(email) != actor.EmailNormalized)
        {
            await UniqueKeys.EnsureActorEmailFreeAsync(actors, email, actor.Id, cancellationToken);
        }

        var current = actor.Profile;
        var profile = current with
        {
            Name = request.Pick(nameof(request.Name), request.Name!, current.Name),
            Age = request.Pick(nameof(request.Age), request.Age, current.Age) ?? current.Age,
            Gender = request.IsPresent(nameof(request.Gender)) ? WireNames<Gender>.Parse(request.Gender!) : current.Gender,
            Location = request.Pick(nameof(request.Location), request.Location, current.Location),
            Passport = request.Pick(nameof(request.Passport), request.Passport, current.Passport) ?? current.Passport,
            DriverLicense = request.Pick(nameof(request.DriverLicense), request.DriverLicense, current.DriverLicense) ?? current.DriverLicense,
            Ethnicity = request.Pick(nameof(request.Ethnicity), WireNames<Ethnicity>.ParseOptional(request.Ethnicity), current.Ethnicity),
            HairColor = request.Pick(nameof(request.HairColor), WireNames<HairColor>.ParseOptional(request.HairColor), current.HairColor),
            EyeColor = request.Pick(nameof(request.EyeColor), WireNames<EyeColor>.ParseOptional(request.EyeColor), current.EyeColor),
            BodyType = request.Pick(nameof(request.BodyType), WireNames<BodyType>.ParseOptional(request.BodyType), current.BodyType),
            Height = request.Pick(nameof(request.Height), request.Height, current.Height),
            Description = request.Pick(nameof(request.Description), request.Description, current.Description),
            ImageLink = request.Pick(nameof(request.ImageLink), request.ImageLink, current.ImageLink),
            Phone = request.Pick(nameof(request.Phone), request.Phone, current.Phone),
            Email = email,
        };

        // Throws CastingRuleViolationException (409) when the actor would no longer fit a role they hold.
        actor.Update(profile);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return mapper.Map<ActorDto>(actor);
    }
}

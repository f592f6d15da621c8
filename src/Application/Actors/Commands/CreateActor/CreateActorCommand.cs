using AutoMapper;
using CastingAgency.Application.Actors.Dtos;
using CastingAgency.Application.Common;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;
using MediatR;

namespace CastingAgency.Application.Actors.Commands.CreateActor;

/// <summary>The body of <c>POST /actors</c>. Enums are wire names, matched case-insensitively.</summary>
public sealed record CreateActorCommand : IRequest<ActorDto>, IActorInput
{
    /// <summary>Required, 1–200 characters after trimming.</summary>
    public string? Name { get; init; }

    /// <summary>Required, 0–120.</summary>
    public int? Age { get; init; }

    /// <summary>Required: female, male or non-binary.</summary>
    public string? Gender { get; init; }

    public string? Location { get; init; }

    /// <summary>Defaults to false.</summary>
    public bool? Passport { get; init; }

    /// <summary>Defaults to false.</summary>
    public bool? DriverLicense { get; init; }

    public string? Ethnicity { get; init; }

    public string? HairColor { get; init; }

    public string? EyeColor { get; init; }

    public string? BodyType { get; init; }

    /// <summary>Centimetres, 30–300.</summary>
    public int? Height { get; init; }

    public string? Description { get; init; }

    public string? ImageLink { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }
}

public sealed class CreateActorCommandHandler(IActorRepository actors, IUnitOfWork unitOfWork, IMapper mapper)
    : IRequestHandler<CreateActorCommand, ActorDto>
{
    public async Task<ActorDto> Handle(CreateActorCommand request, CancellationToken cancellationToken)
    {
        var actor = new Actor(new ActorProfile(
            request.Name!,
            request.Age!.Value,
            WireNames<Gender>.Parse(request.Gender!),
            request.Location,
            request.Passport ?? false,
            request.DriverLicense ?? false,
            WireNames<Ethnicity>.ParseOptional(request.Ethnicity),
            WireNames<HairColor>.ParseOptional(request.HairColor),
            WireNames<EyeColor>.ParseOptional(request.EyeColor),
            WireNames<BodyType>.ParseOptional(request.BodyType),
            request.Height,
            request.Description,
            request.ImageLink,
            request.Phone,
            request.Email));
        await UniqueKeys.EnsureActorEmailFreeAsync(actors, actor.Email, null, cancellationToken);
        actors.Add(actor);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return mapper.Map<ActorDto>(actor);
    }
}

using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Roles.Dtos;
using MediatR;

namespace CastingAgency.Application.Roles.Queries.GetRole;

public sealed record GetRoleQuery(int Id) : IRequest<RoleDto>;

public sealed class GetRoleQueryHandler(IRoleRepository roles)
    : IRequestHandler<GetRoleQuery, RoleDto>
{
    public async Task<RoleDto> Handle(GetRoleQuery request, CancellationToken cancellationToken) =>
        await roles.GetAsync<RoleDto>(request.Id, cancellationToken)
        ?? throw new NotFoundException("role", request.Id);
}

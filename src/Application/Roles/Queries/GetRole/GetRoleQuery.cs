using AutoMapper;
using AutoMapper.QueryableExtensions;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Roles.Dtos;
using MediatR;

namespace CastingAgency.Application.Roles.Queries.GetRole;

public sealed record GetRoleQuery(int Id) : IRequest<RoleDto>;

public sealed class GetRoleQueryHandler(IRoleRepository roles, IQueryRunner runner, IMapper mapper)
    : IRequestHandler<GetRoleQuery, RoleDto>
{
    public async Task<RoleDto> Handle(GetRoleQuery request, CancellationToken cancellationToken) =>
        await runner.FirstOrDefaultAsync(
            roles.Query().Where(r => r.Id == request.Id).ProjectTo<RoleDto>(mapper.ConfigurationProvider),
            cancellationToken)
        ?? throw new NotFoundException("role", request.Id);
}

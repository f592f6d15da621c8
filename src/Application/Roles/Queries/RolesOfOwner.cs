using System.Linq.Expressions;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Roles.Dtos;
using CastingAgency.Domain.Common;
using CastingAgency.Domain.Entities;

namespace CastingAgency.Application.Roles.Queries;

/// <summary>The roles that belong to one movie or one actor: 404 when the owner does not exist, else all, ordered by id.</summary>
internal static class RolesOfOwner
{
    public static async Task<IReadOnlyList<RoleDto>> ListAsync<TOwner>(
        IRepository<TOwner> owners,
        string ownerName,
        int ownerId,
        IQueryable<Role> roles,
        Expression<Func<Role, bool>> belongsToOwner,
        IQueryRunner runner,
        IMapper mapper,
        CancellationToken cancellationToken)
        where TOwner : AuditableEntity
    {
        if (!await owners.ExistsAsync(ownerId, cancellationToken))
        {
            throw new NotFoundException(ownerName, ownerId);
        }

        return await runner.ToListAsync(
            roles.Where(belongsToOwner).OrderBy(r => r.Id).ProjectTo<RoleDto>(mapper.ConfigurationProvider),
            cancellationToken);
    }
}

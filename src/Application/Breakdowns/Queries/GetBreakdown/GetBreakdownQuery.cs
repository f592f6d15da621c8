using CastingAgency.Application.Breakdowns.Dtos;
using CastingAgency.Application.Common.Exceptions;
using MediatR;

namespace CastingAgency.Application.Breakdowns.Queries.GetBreakdown;

/// <summary><c>GET /breakdowns/{role_id}</c>: 404 unless the role is listed (published, not cast, open).</summary>
public sealed record GetBreakdownQuery(int RoleId) : IRequest<BreakdownDto>;

public sealed class GetBreakdownQueryHandler(IBreakdownQueries queries) : IRequestHandler<GetBreakdownQuery, BreakdownDto>
{
    public async Task<BreakdownDto> Handle(GetBreakdownQuery request, CancellationToken cancellationToken) =>
        await queries.GetAsync(request.RoleId, cancellationToken) ?? throw new NotFoundException("breakdown", request.RoleId);
}

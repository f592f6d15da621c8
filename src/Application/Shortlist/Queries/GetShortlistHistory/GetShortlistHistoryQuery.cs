using AutoMapper;
using CastingAgency.Application.Common.Exceptions;
using CastingAgency.Application.Common.Interfaces;
using CastingAgency.Application.Shortlist.Dtos;
using MediatR;

namespace CastingAgency.Application.Shortlist.Queries.GetShortlistHistory;

/// <summary>The entry's statuses, oldest first.</summary>
public sealed record ShortlistHistory(int ShortlistId, IReadOnlyList<ShortlistHistoryItemDto> History);

public sealed record GetShortlistHistoryQuery(int Id) : IRequest<ShortlistHistory>;

public sealed class GetShortlistHistoryQueryHandler(IShortlistRepository entries, IMapper mapper)
    : IRequestHandler<GetShortlistHistoryQuery, ShortlistHistory>
{
    public async Task<ShortlistHistory> Handle(GetShortlistHistoryQuery request, CancellationToken cancellationToken)
    {
        if (!await entries.ExistsAsync(request.Id, cancellationToken))
        {
            throw new NotFoundException("shortlist entry", request.Id);
        }

        var history = await entries.HistoryAsync(request.Id, cancellationToken);
        return new ShortlistHistory(request.Id, mapper.Map<List<ShortlistHistoryItemDto>>(history));
    }
}

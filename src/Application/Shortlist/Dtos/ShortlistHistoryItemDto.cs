using AutoMapper;
using CastingAgency.Domain.Entities;
using CastingAgency.Domain.Enums;

namespace CastingAgency.Application.Shortlist.Dtos;

/// <summary>One status a shortlist entry has had.</summary>
public sealed class ShortlistHistoryItemDto
{
    public ShortlistStatus Status { get; init; }

    public DateTime At { get; init; }

    /// <summary>The token <c>sub</c> of whoever made the change, or <c>system</c> when a rule made it.</summary>
    public string By { get; init; } = string.Empty;

    private sealed class Mapping : Profile
    {
        public Mapping() =>
            CreateMap<ShortlistStatusChange, ShortlistHistoryItemDto>()
                .ForMember(d => d.At, o => o.MapFrom(h => h.CreatedAt));
    }
}

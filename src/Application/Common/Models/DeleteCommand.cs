namespace CastingAgency.Application.Common.Models;

/// <summary>What every DELETE carries: the id and the optional <c>If-Match</c> version.</summary>
public interface IVersionedCommand
{
    int Id { get; }

    int? ExpectedVersion { get; }
}

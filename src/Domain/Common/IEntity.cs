namespace CastingAgency.Domain.Common;

/// <summary>A stored row with a database-generated id: what a list pages by.</summary>
public interface IEntity
{
    int Id { get; }
}

using System.Collections.Frozen;
using System.Linq.Expressions;
using CastingAgency.Domain.Entities;

namespace CastingAgency.Infrastructure.Auditing;

/// <summary>
/// The audited resources (docs/api.md, "Audit trail"; ADR-016): one line each. A line names the entity, its resource
/// on the wire and how to find the production it belongs to. Every stored field of the entity is audited under its wire
/// name (the property's name in snake_case) except ids, timestamps, the version and normalized copies; a line renames
/// a field whose wire name differs and names the fields whose values are never stored.
/// </summary>
internal static class AuditedResources
{
    private static readonly FrozenDictionary<Type, AuditedResource> ByEntity = new[]
    {
        AuditedResource.For<Movie>("movies", movie: m => m.Id),
        AuditedResource.For<Actor>("actors", masked: [a => a.Phone, a => a.Email]),
        AuditedResource.For<Role>("roles", movie: r => r.MovieId),
        AuditedResource.For<ShortlistEntry>("shortlist", role: e => e.RoleId),
        AuditedResource.For<Appointment>("appointments", role: a => a.RoleId, renamed: [(a => a.ShortlistEntryId, "shortlist_id")]),
        AuditedResource.For<TeamMember>("team", movie: t => t.MovieId, renamed: [(t => t.Subject, "sub")]),
        AuditedResource.For<Submission>("submissions", role: s => s.RoleId),
    }.ToFrozenDictionary(r => r.Entity);

    /// <summary>Every audited resource.</summary>
    public static IEnumerable<AuditedResource> All => ByEntity.Values;

    /// <summary>The declaration of <paramref name="entity"/>, or null when it is not audited.</summary>
    public static AuditedResource? Find(Type entity) => ByEntity.GetValueOrDefault(entity);
}

/// <summary>How one audited entity is recorded.</summary>
/// <param name="Entity">The entity type.</param>
/// <param name="Name">The resource's name on the wire (<c>movies</c>).</param>
/// <param name="MovieProperty">The property that holds the production's id (the entity's own id for a movie), or null.</param>
/// <param name="RoleProperty">The property that holds the id of the role whose production it belongs to, or null.</param>
/// <param name="Masked">Properties whose values are never stored (<c>"***"</c>).</param>
/// <param name="Renamed">Properties whose wire name is not their name in snake_case.</param>
internal sealed record AuditedResource(
    Type Entity,
    string Name,
    string? MovieProperty,
    string? RoleProperty,
    FrozenSet<string> Masked,
    FrozenDictionary<string, string> Renamed)
{
    public static AuditedResource For<TEntity>(
        string name,
        Expression<Func<TEntity, int>>? movie = null,
        Expression<Func<TEntity, int>>? role = null,
        Expression<Func<TEntity, object?>>[]? masked = null,
        (Expression<Func<TEntity, object?>> Property, string WireName)[]? renamed = null) =>
        new(
            typeof(TEntity),
            name,
            movie is null ? null : PropertyName(movie),
            role is null ? null : PropertyName(role),
            (masked ?? []).Select(PropertyName).ToFrozenSet(StringComparer.Ordinal),
            (renamed ?? []).ToFrozenDictionary(r => PropertyName(r.Property), r => r.WireName, StringComparer.Ordinal));

    private static string PropertyName(LambdaExpression expression) =>
        (expression.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : expression.Body) is MemberExpression member
            ? member.Member.Name
            : throw new ArgumentException($"'{expression}' is not a property of the entity.", nameof(expression));
}

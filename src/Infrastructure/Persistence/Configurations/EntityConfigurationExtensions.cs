using CastingAgency.Domain.Common;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CastingAgency.Infrastructure.Persistence.Configurations;

internal static class EntityConfigurationExtensions
{
    /// <summary>Key, audit columns and the concurrency version shared by every table.</summary>
    public static void ConfigureAuditable<T>(this EntityTypeBuilder<T> builder)
        where T : AuditableEntity
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.Property(e => e.CreatedAt).IsRequired();
        builder.Property(e => e.UpdatedAt).IsRequired();
        builder.Property(e => e.Version).IsConcurrencyToken().IsRequired();
        builder.Ignore(e => e.MustBeUnchanged); // a flag for the timestamp interceptor, not a column
    }

    /// <summary>Stores an enum as its exact wire name (<c>non-binary</c>), bounded in length.</summary>
    public static PropertyBuilder<TEnum> HasWireName<TEnum>(this PropertyBuilder<TEnum> property)
        where TEnum : struct, Enum =>
        property.HasConversion(v => WireNames<TEnum>.ToWire(v), v => WireNames<TEnum>.Parse(v)).HasMaxLength(Limits.EnumMaxLength);

    public static PropertyBuilder<TEnum?> HasWireName<TEnum>(this PropertyBuilder<TEnum?> property)
        where TEnum : struct, Enum =>
        property.HasConversion(v => WireNames<TEnum>.ToWire(v!.Value), v => WireNames<TEnum>.Parse(v)).HasMaxLength(Limits.EnumMaxLength);
}

using CastingAgency.Domain.Common;
using CastingAgency.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CastingAgency.Infrastructure.Persistence.Configurations;

internal sealed class RoleConfiguration : IEntityTypeConfiguration<Role>
{
    public void Configure(EntityTypeBuilder<Role> builder)
    {
        builder.ToTable("roles", table => table.HasCountTriggers(onUpdate: true));
        builder.ConfigureAuditable();
        builder.Property(r => r.Name).HasMaxLength(Limits.NameMaxLength).IsRequired();
        builder.Property(r => r.NameNormalized).HasMaxLength(Limits.NameMaxLength).IsRequired();
        builder.Property(r => r.Gender).HasWireName().IsRequired();
        builder.Property(r => r.MinAge).IsRequired();
        builder.Property(r => r.MaxAge).IsRequired();
        builder.Property(r => r.Description).HasMaxLength(Limits.DescriptionMaxLength);

        builder.Navigation(r => r.Shortlist).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasIndex(r => r.MovieId);
        builder.HasIndex(r => r.ActorId);
        // Each sort ends with the id (ADR-011): (key, id) serves a cursor page of that sort, read forwards or backwards.
        builder.HasIndex(r => new { r.NameNormalized, r.Id });
        builder.HasIndex(r => new { r.MinAge, r.Id });
        builder.HasIndex(r => new { r.MaxAge, r.Id });
        builder.HasIndex(r => new { r.Gender, r.MinAge, r.MaxAge });
        // The open breakdowns, newest first (contract §13): only published roles are in it.
        builder.HasIndex(r => new { r.PublishedAt, r.Id });
    }
}

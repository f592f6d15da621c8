using CastingAgency.Domain.Common;
using CastingAgency.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CastingAgency.Infrastructure.Persistence.Configurations;

internal sealed class MovieConfiguration : IEntityTypeConfiguration<Movie>
{
    public void Configure(EntityTypeBuilder<Movie> builder)
    {
        builder.ToTable("movies", table => table.HasCountTriggers(onUpdate: true));
        builder.ConfigureAuditable();
        builder.Property(m => m.Title).HasMaxLength(Limits.NameMaxLength).IsRequired();
        builder.Property(m => m.TitleNormalized).HasMaxLength(Limits.NameMaxLength).IsRequired();
        builder.Property(m => m.ReleaseDate).IsRequired();
        builder.Property(m => m.Company).HasMaxLength(Limits.NameMaxLength);
        builder.Property(m => m.CompanyNormalized).HasMaxLength(Limits.NameMaxLength);
        builder.Property(m => m.Description).HasMaxLength(Limits.DescriptionMaxLength);
        builder.Property(m => m.Confidential).IsRequired();

        builder.HasMany(m => m.Roles).WithOne(r => r.Movie).HasForeignKey(r => r.MovieId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Roles).UsePropertyAccessMode(PropertyAccessMode.Field);

        // Unique title (case-insensitively) per release date; also serves title filter and sort.
        builder.HasIndex(m => new { m.TitleNormalized, m.ReleaseDate }).IsUnique();
        // Each sort ends with the id (ADR-011): (key, id) serves a cursor page of that sort, read forwards or backwards.
        builder.HasIndex(m => new { m.TitleNormalized, m.Id });
        builder.HasIndex(m => new { m.ReleaseDate, m.Id });
        builder.HasIndex(m => new { m.CompanyNormalized, m.Id });
        // The confidential movies: what a caller who does not see every production is not counted (RowCounts, ADR-011).
        builder.HasIndex(m => new { m.Confidential, m.Id });
    }
}

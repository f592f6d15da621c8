using CastingAgency.Domain.Common;
using CastingAgency.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CastingAgency.Infrastructure.Persistence.Configurations;

internal sealed class ActorConfiguration : IEntityTypeConfiguration<Actor>
{
    public void Configure(EntityTypeBuilder<Actor> builder)
    {
        builder.ToTable("actors", table => table.HasCountTriggers(onUpdate: true));
        builder.ConfigureAuditable();
        builder.Property(a => a.Name).HasMaxLength(Limits.NameMaxLength).IsRequired();
        builder.Property(a => a.NameNormalized).HasMaxLength(Limits.NameMaxLength).IsRequired();
        builder.Property(a => a.Gender).HasWireName().IsRequired();
        builder.Property(a => a.Location).HasMaxLength(Limits.NameMaxLength);
        builder.Property(a => a.LocationNormalized).HasMaxLength(Limits.NameMaxLength);
        builder.Property(a => a.Ethnicity).HasWireName();
        builder.Property(a => a.HairColor).HasWireName();
        builder.Property(a => a.EyeColor).HasWireName();
        builder.Property(a => a.BodyType).HasWireName();
        builder.Property(a => a.Description).HasMaxLength(Limits.DescriptionMaxLength);
        builder.Property(a => a.ImageLink).HasMaxLength(Limits.UrlMaxLength);
        builder.Property(a => a.Phone).HasMaxLength(Limits.PhoneMaxLength);
        builder.Property(a => a.Email).HasMaxLength(Limits.EmailMaxLength);
        builder.Property(a => a.EmailNormalized).HasMaxLength(Limits.EmailMaxLength);
        builder.Property(a => a.AgencyId).HasMaxLength(Limits.AgencyIdMaxLength);

        builder.HasMany(a => a.Roles).WithOne(r => r.Actor).HasForeignKey(r => r.ActorId).OnDelete(DeleteBehavior.SetNull);
        builder.Navigation(a => a.Roles).UsePropertyAccessMode(PropertyAccessMode.Field);

        // Unique email, case-insensitively (SQL Server gets an IS NOT NULL filter by convention).
        builder.HasIndex(a => a.EmailNormalized).IsUnique();
        // Each sort ends with the id (ADR-011): (key, id) serves a cursor page of that sort, read forwards or backwards;
        // (Age, Id) below serves the age sort.
        builder.HasIndex(a => new { a.NameNormalized, a.Id });
        // Gender + age serves the casting rule's candidate search and the common filtered search. The id is the
        // last key column so that the candidates' count, which excludes the cast actor by id, stays an index-only
        // scan on PostgreSQL (its indexes do not carry the primary key; SQL Server's and SQLite's do): without it, a
        // broad role's count fetched a heap row for every fitting actor. What each index is for: docs/performance.md.
        builder.HasIndex(a => new { a.Gender, a.Age, a.Id });
        // The candidates' page in id order (ListReader's deferred join): the gender, then the id, so the page's ids are
        // a walk in id order over the gender's actors alone, and the age last, so the walk tests it in the index. A walk
        // by primary key fetched every row it passed, thousands for a role whose gender is rare among the first ids.
        builder.HasIndex(a => new { a.Gender, a.Id, a.Age });
        // The filtered search (gender + location + age range, docs/performance.md). Its total: equality columns
        // first, the range last, so the count is one index-only range.
        builder.HasIndex(a => new { a.Gender, a.LocationNormalized, a.Age });
        // Its page: the same equality columns, then the page order (id), so the page is read in order and stops
        // after page_size matches instead of fetching and sorting every match. The age last, so that the ids of a
        // filtered page (ListReader's deferred join) are an index-only walk that tests the age range in the index,
        // whichever plan PostgreSQL keeps for the prepared page (docs/performance.md, "Queries").
        builder.HasIndex(a => new { a.Gender, a.LocationNormalized, a.Id, a.Age });
        // The same for roles open to any gender (age range only).
        builder.HasIndex(a => new { a.Age, a.Id });
        builder.HasIndex(a => new { a.Height, a.Id });
        builder.HasIndex(a => a.LocationNormalized);
        builder.HasIndex(a => a.Ethnicity);
        builder.HasIndex(a => a.HairColor);
        builder.HasIndex(a => a.EyeColor);
        builder.HasIndex(a => a.BodyType);
        // An agency's roster (contract §13) in id order, and its count.
        builder.HasIndex(a => new { a.AgencyId, a.Id });
    }
}

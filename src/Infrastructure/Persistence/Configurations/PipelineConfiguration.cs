using CastingAgency.Domain.Common;
using CastingAgency.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CastingAgency.Infrastructure.Persistence.Configurations;

internal sealed class ShortlistEntryConfiguration : IEntityTypeConfiguration<ShortlistEntry>
{
    public void Configure(EntityTypeBuilder<ShortlistEntry> builder)
    {
        builder.ToTable("shortlist_entries");
        builder.ConfigureAuditable();
        builder.Property(e => e.Status).HasWireName().IsRequired();
        builder.Property(e => e.Note).HasMaxLength(Limits.DescriptionMaxLength);
        builder.Property(e => e.CreatedBy).HasMaxLength(Limits.NameMaxLength).IsRequired();

        // Deleting a role (or its movie) removes its entries; deleting an actor removes theirs too, but in the
        // handler (one cascade path per table keeps SQL Server happy: actors → roles is already SET NULL).
        builder.HasOne(e => e.Role).WithMany(r => r.Shortlist).HasForeignKey(e => e.RoleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Actor).WithMany().HasForeignKey(e => e.ActorId).OnDelete(DeleteBehavior.ClientCascade);
        builder.HasMany(e => e.Appointments).WithOne(a => a.ShortlistEntry).HasForeignKey(a => a.ShortlistEntryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.History).WithOne().HasForeignKey(h => h.ShortlistEntryId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Appointments).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(e => e.History).UsePropertyAccessMode(PropertyAccessMode.Field);

        // A role lists an actor at most once; also serves "this actor's entries".
        builder.HasIndex(e => new { e.RoleId, e.ActorId }).IsUnique();
        // The shortlist of a role, by status and in id order.
        builder.HasIndex(e => new { e.RoleId, e.Status, e.Id });
        builder.HasIndex(e => e.ActorId);
    }
}

internal sealed class ShortlistStatusChangeConfiguration : IEntityTypeConfiguration<ShortlistStatusChange>
{
    public void Configure(EntityTypeBuilder<ShortlistStatusChange> builder)
    {
        builder.ToTable("shortlist_history");
        builder.ConfigureAuditable();
        builder.Property(h => h.Status).HasWireName().IsRequired();
        builder.Property(h => h.By).HasMaxLength(Limits.NameMaxLength).IsRequired();
        builder.HasIndex(h => new { h.ShortlistEntryId, h.Id });
    }
}

internal sealed class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    public void Configure(EntityTypeBuilder<Appointment> builder)
    {
        builder.ToTable("appointments");
        builder.ConfigureAuditable();
        builder.Property(a => a.Kind).HasWireName().IsRequired();
        builder.Property(a => a.Status).HasWireName().IsRequired();
        builder.Property(a => a.Location).HasMaxLength(Limits.NameMaxLength);

        // An actor's schedule and the overlap check: the actor's appointments by start time.
        builder.HasIndex(a => new { a.ActorId, a.StartsAt });
        builder.HasIndex(a => new { a.RoleId, a.StartsAt });
        builder.HasIndex(a => new { a.ShortlistEntryId, a.StartsAt });
        builder.HasIndex(a => new { a.StartsAt, a.Id });
    }
}

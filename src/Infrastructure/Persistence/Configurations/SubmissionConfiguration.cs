using CastingAgency.Domain.Common;
using CastingAgency.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CastingAgency.Infrastructure.Persistence.Configurations;

internal sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    public void Configure(EntityTypeBuilder<Submission> builder)
    {
        builder.ToTable("submissions");
        builder.ConfigureAuditable();
        builder.Property(s => s.AgencyId).HasMaxLength(Limits.AgencyIdMaxLength).IsRequired();
        builder.Property(s => s.Note).HasMaxLength(Submission.NoteMaxLength);
        builder.Property(s => s.Status).HasWireName().IsRequired();

        // Deleting a role (or its movie) removes its submissions; deleting an actor removes theirs too, in the
        // handler, as for shortlist entries (one cascade path per table keeps SQL Server happy).
        builder.HasOne(s => s.Role).WithMany().HasForeignKey(s => s.RoleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Actor).WithMany().HasForeignKey(s => s.ActorId).OnDelete(DeleteBehavior.ClientCascade);

        // An actor is submitted to a role at most once: of two concurrent submissions, the second is refused here (409).
        builder.HasIndex(s => new { s.RoleId, s.ActorId }).IsUnique();
        // The casting team's list (SubmissionQueries.ListOfRoleAsync): a role's submissions in id order, its first page
        // a range of this index that stops after the page, its total an index-only count; by status, in id order.
        builder.HasIndex(s => new { s.RoleId, s.Id });
        builder.HasIndex(s => new { s.RoleId, s.Status, s.Id });
        // An agency's, newest first; an actor's (their deletion).
        builder.HasIndex(s => new { s.AgencyId, s.Id });
        builder.HasIndex(s => s.ActorId);
    }
}

using CastingAgency.Domain.Common;
using CastingAgency.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CastingAgency.Infrastructure.Persistence.Configurations;

internal sealed class TeamMemberConfiguration : IEntityTypeConfiguration<TeamMember>
{
    public void Configure(EntityTypeBuilder<TeamMember> builder)
    {
        builder.ToTable("movie_team");
        builder.ConfigureAuditable();
        builder.Property(t => t.Subject).HasMaxLength(Limits.SubjectMaxLength).IsRequired();
        builder.Property(t => t.Position).HasWireName().IsRequired();
        builder.Property(t => t.Name).HasMaxLength(Limits.NameMaxLength);
        builder.Property(t => t.AddedBy).HasMaxLength(Limits.SubjectMaxLength).IsRequired();

        // Deleting a movie removes its team.
        builder.HasOne(t => t.Movie).WithMany().HasForeignKey(t => t.MovieId).OnDelete(DeleteBehavior.Cascade);

        // A subject is on a team at most once; also serves "the team of this movie".
        builder.HasIndex(t => new { t.MovieId, t.Subject }).IsUnique();
        // "The confidential movies this subject sees": the visibility check of every read.
        builder.HasIndex(t => new { t.Subject, t.MovieId });
    }
}

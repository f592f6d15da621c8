using CastingAgency.Application.Audit.Queries.ListAudit;
using CastingAgency.Domain.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CastingAgency.Infrastructure.Persistence.Configurations;

/// <summary>
/// The audit trail (ADR-015): written only by <see cref="Auditing.AuditTrail"/>, in the transaction of the change,
/// and deleted only by the retention service. Counted by triggers (ADR-011), so an unfiltered total costs one row.
/// </summary>
internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> builder)
    {
        builder.ToTable("audit_records", table => table.HasCountTriggers());
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedOnAdd();
        builder.Property(r => r.At).IsRequired();
        builder.Property(r => r.By).HasMaxLength(AuditFilterValidator.SubjectMaxLength).IsRequired();
        builder.Property(r => r.Action).HasWireName().IsRequired();
        builder.Property(r => r.Resource).HasMaxLength(AuditFilterValidator.ResourceMaxLength).IsRequired();
        builder.Property(r => r.Changes).IsRequired();

        // Newest first is the id descending (the primary key); each filter of GET /audit ends with the id, so a cursor
        // page of a filtered list reads index entries in order (ADR-011).
        builder.HasIndex(r => new { r.Resource, r.ResourceId, r.Id });
        builder.HasIndex(r => new { r.MovieId, r.Id });
        builder.HasIndex(r => new { r.By, r.Id });
        builder.HasIndex(r => new { r.At, r.Id });
    }
}

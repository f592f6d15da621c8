using CastingAgency.Infrastructure.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CastingAgency.Infrastructure.Persistence.Configurations;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public const string TableName = "idempotency_records";

    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable(TableName);
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedOnAdd();
        builder.Property(r => r.Caller).HasMaxLength(IdempotencyRecord.CallerMaxLength).IsRequired();
        builder.Property(r => r.IdempotencyKey).HasMaxLength(IdempotencyRecord.KeyMaxLength).IsRequired();
        builder.Property(r => r.Fingerprint).HasMaxLength(IdempotencyRecord.FingerprintLength).IsRequired();
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(16).IsRequired();
        builder.Property(r => r.ClaimToken).HasMaxLength(IdempotencyRecord.TokenLength).IsRequired();
        builder.Property(r => r.LockedUntil).IsRequired();
        builder.Property(r => r.ResponseContentType).HasMaxLength(IdempotencyRecord.HeaderMaxLength);
        builder.Property(r => r.ResponseLocation).HasMaxLength(IdempotencyRecord.HeaderMaxLength);
        builder.Property(r => r.ResponseETag).HasMaxLength(IdempotencyRecord.HeaderMaxLength);
        builder.Property(r => r.CreatedAt).IsRequired();
        builder.Property(r => r.ExpiresAt).IsRequired();

        // One record per caller and key; the claim's INSERT relies on it to decide the race.
        builder.HasIndex(r => new { r.Caller, r.IdempotencyKey }).IsUnique();
        // The clean-up deletes by expiry.
        builder.HasIndex(r => r.ExpiresAt);
    }
}

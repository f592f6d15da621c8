using CastingAgency.Infrastructure.Persistence.Counting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CastingAgency.Infrastructure.Persistence.Configurations;

internal sealed class RowCountConfiguration : IEntityTypeConfiguration<RowCount>
{
    public void Configure(EntityTypeBuilder<RowCount> builder)
    {
        builder.ToTable(RowCounts.TableName);
        builder.HasKey(r => new { r.Name, r.Slot });
        builder.Property(r => r.Name).HasColumnName("name").HasMaxLength(64);
        builder.Property(r => r.Slot).HasColumnName("slot");
        builder.Property(r => r.N).HasColumnName("n");
    }
}

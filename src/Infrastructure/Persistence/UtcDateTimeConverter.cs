using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CastingAgency.Infrastructure.Persistence;

/// <summary>Timestamps are stored and read as UTC on every provider (SQLite and SQL Server keep no kind).</summary>
public sealed class UtcDateTimeConverter()
    : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

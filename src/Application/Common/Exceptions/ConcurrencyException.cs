namespace CastingAgency.Application.Common.Exceptions;

/// <summary>
/// Another writer changed or deleted the row between our read and our write (the version the write
/// was conditioned on no longer matched). Nothing was written.
/// </summary>
public sealed class ConcurrencyException : Exception
{
    public ConcurrencyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

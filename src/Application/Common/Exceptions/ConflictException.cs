namespace CastingAgency.Application.Common.Exceptions;

/// <summary>The write would break a uniqueness rule or clash with the stored state (409).</summary>
public sealed class ConflictException : Exception
{
    public ConflictException(string message)
        : base(message)
    {
    }

    public ConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

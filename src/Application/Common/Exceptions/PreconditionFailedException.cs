namespace CastingAgency.Application.Common.Exceptions;

/// <summary>The client's <c>If-Match</c> version is not the stored one (412); nothing was written.</summary>
public sealed class PreconditionFailedException : Exception
{
    public PreconditionFailedException()
    {
    }

    public PreconditionFailedException(string message)
        : base(message)
    {
    }

    public PreconditionFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

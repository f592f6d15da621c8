namespace CastingAgency.Application.Common.Exceptions;

/// <summary>The client's <c>If-Match</c> version is not the stored one (412); nothing was written.</summary>
public sealed class PreconditionFailedException : Exception
{
    public PreconditionFailedException(string message)
        : base(message)
    {
    }
}

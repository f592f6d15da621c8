namespace CastingAgency.Application.Common.Exceptions;

/// <summary>The addressed resource does not exist (404).</summary>
public sealed class NotFoundException : Exception
{
    public NotFoundException(string resource, int id)
        : base($"{resource} {id} does not exist")
    {
    }

    public NotFoundException(string message)
        : base(message)
    {
    }

    public NotFoundException()
    {
    }

    public NotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

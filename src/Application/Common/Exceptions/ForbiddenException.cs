namespace CastingAgency.Application.Common.Exceptions;

/// <summary>
/// The caller's token lacks a permission this particular write or filter needs (403); <see cref="Field"/> names the
/// body field or query parameter that needs it, when one does.
/// </summary>
public sealed class ForbiddenException(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;
}

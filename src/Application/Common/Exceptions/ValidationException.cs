using FluentValidation.Results;

namespace CastingAgency.Application.Common.Exceptions;

/// <summary>One or more rules of a well-formed request were broken (422); every failure is kept.</summary>
public sealed class ValidationException : Exception
{
    private const string DefaultMessage = "One or more validation errors occurred.";

    public ValidationException(IEnumerable<ValidationFailure> failures)
        : base(DefaultMessage)
    {
        Errors = failures
            .GroupBy(f => WireField(f.PropertyName), f => f.ErrorMessage, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    public ValidationException(string field, string message)
        : base(DefaultMessage)
    {
        Errors = new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] };
    }

    /// <summary>
    /// Query and body fields are flat on the wire, so a nested rule (<c>filter.min_age</c>) is reported
    /// under its last segment (<c>min_age</c>).
    /// </summary>
    private static string WireField(string propertyName)
    {
        var dot = propertyName.LastIndexOf('.');
        return dot >= 0 ? propertyName[(dot + 1)..] : propertyName;
    }

    /// <summary>snake_case field name → messages.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }
}

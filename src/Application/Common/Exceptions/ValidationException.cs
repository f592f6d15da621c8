using FluentValidation.Results;

namespace CastingAgency.Application.Common.Exceptions;

/// <summary>One or more rules of a well-formed request were broken (422); every failure is kept.</summary>
public sealed class ValidationException : Exception
{
    public ValidationException()
        : base("One or more validation errors occurred.")
    {
        Errors = new Dictionary<string, string[]>();
    }

    public ValidationException(IEnumerable<ValidationFailure> failures)
        : this()
    {
        Errors = failures
            .GroupBy(f => WireField(f.PropertyName), f => f.ErrorMessage, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    public ValidationException(string field, string message)
        : this()
    {
        Errors = new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] };
    }

    public ValidationException(string message)
        : base(message)
    {
        Errors = new Dictionary<string, string[]>();
    }

    public ValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = new Dictionary<string, string[]>();
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

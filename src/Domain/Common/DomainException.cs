namespace CastingAgency.Domain.Common;

/// <summary>Base of every exception the domain raises when a rule is broken.</summary>
public abstract class DomainException : Exception
{
    protected DomainException(string message)
        : base(message)
    {
    }
}

/// <summary>An entity invariant was broken (a value out of range, a missing required value).</summary>
public sealed class DomainValidationException : DomainException
{
    public DomainValidationException(string field, string message)
        : base(message)
    {
        Field = field;
    }

    /// <summary>The snake_case field that carries the bad value.</summary>
    public string Field { get; }
}

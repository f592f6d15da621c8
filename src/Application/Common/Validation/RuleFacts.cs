using CastingAgency.Domain.Common;
using FluentValidation;
using FluentValidation.Validators;

namespace CastingAgency.Application.Common.Validation;

// The rule components of RuleExtensions that state a fact about a field besides checking it: its length, its
// enum, its format. FluentValidation's descriptors expose them (with its own
// InclusiveBetween, GreaterThanOrEqualTo and NotNull), so the OpenAPI document reads every bound, length, enum
// and required-ness from the very rules that enforce them (ADR-010), and can never say something else.

/// <summary>A rule that the field holds the wire name of <see cref="EnumType"/> (one, or each of a list).</summary>
public interface IWireEnumRule : IPropertyValidator
{
    Type EnumType { get; }

    /// <summary>True when the field is a list (an any-of filter), each item a wire name.</summary>
    bool IsList { get; }
}

/// <summary>A rule that a text field has the form of the JSON Schema <see cref="Format"/> (<c>date</c>, <c>email</c>, <c>uri</c>).</summary>
public interface IWireFormatRule : IPropertyValidator
{
    string Format { get; }
}

/// <summary>A length after trimming, <see cref="ILengthValidator.Min"/> … <see cref="ILengthValidator.Max"/> (−1: no maximum); null passes.</summary>
public sealed class TrimmedLengthValidator<T>(int min, int max) : PropertyValidator<T, string?>, ILengthValidator
{
    public override string Name => "TrimmedLengthValidator";

    public int Min => min;

    public int Max => max;

    public override bool IsValid(ValidationContext<T> context, string? value) =>
        value is null || (value.Trim().Length >= min && (max < 0 || value.Trim().Length <= max));

    protected override string GetDefaultMessageTemplate(string errorCode) => "{PropertyName} has the wrong length.";
}

/// <summary>A wire name of <typeparamref name="TEnum"/>, matched case-insensitively; null passes.</summary>
public sealed class WireEnumValidator<T, TEnum> : PropertyValidator<T, string?>, IWireEnumRule
    where TEnum : struct, Enum
{
    public override string Name => "WireEnumValidator";

    public Type EnumType => typeof(TEnum);

    public bool IsList => false;

    public override bool IsValid(ValidationContext<T> context, string? value) => value is null || WireNames<TEnum>.TryParse(value, out _);

    protected override string GetDefaultMessageTemplate(string errorCode) => "{PropertyName} is not a known value.";
}

/// <summary>A list of wire names of <typeparamref name="TEnum"/> (a repeatable filter); null passes.</summary>
public sealed class WireEnumsValidator<T, TList, TEnum> : PropertyValidator<T, TList>, IWireEnumRule
    where TList : IEnumerable<string>?
    where TEnum : struct, Enum
{
    public override string Name => "WireEnumsValidator";

    public Type EnumType => typeof(TEnum);

    public bool IsList => true;

    public override bool IsValid(ValidationContext<T> context, TList value) =>
        value is null || value.All(x => WireNames<TEnum>.TryParse(x, out _));

    protected override string GetDefaultMessageTemplate(string errorCode) => "{PropertyName} holds an unknown value.";
}

/// <summary>Text in the JSON Schema <see cref="Format"/> that <paramref name="isValid"/> checks; null passes.</summary>
public sealed class WireFormatValidator<T>(string format, Func<string, bool> isValid) : PropertyValidator<T, string?>, IWireFormatRule
{
    public override string Name => "WireFormatValidator";

    public string Format => format;

    public override bool IsValid(ValidationContext<T> context, string? value) => value is null || isValid(value);

    protected override string GetDefaultMessageTemplate(string errorCode) => "{PropertyName} is not a valid " + format + ".";
}

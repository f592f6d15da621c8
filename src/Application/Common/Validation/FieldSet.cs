using System.Linq.Expressions;
using System.Net.Mail;
using System.Text.Json;
using System.Text.Json.Serialization;
using CastingAgency.Application.Common.Models;
using CastingAgency.Domain.Common;
using FluentValidation;
using FluentValidation.Validators;

namespace CastingAgency.Application.Common.Validation;

// A write body and the rules of its fields, in one file: Optional<T> says whether a body held a property;
// RuleExtensions holds the field rules of docs/api.md §1, §3 and §5 that the create, PATCH and list validators share.

/// <summary>
/// A body field: absent (<c>default</c>: PATCH keeps the current value, create takes the default) or present
/// with a value, which may be null (PATCH clears an optional field). In a response, a property that may be left
/// out (an actor's contact details, ADR-017): absent is not written.
/// </summary>
[JsonConverter(typeof(OptionalJsonConverter))]
public readonly record struct Optional<T>(T Value) : IOptional
{
    public T Value { get; } = Value;

    public bool IsPresent { get; } = true;

    public static implicit operator Optional<T>(T value) => new(value);

    /// <summary>The value when present, else <paramref name="current"/>.</summary>
    public T Or(T current) => IsPresent ? Value : current;
}

public interface IOptional
{
    bool IsPresent { get; }
}

/// <summary>Reads and writes <see cref="Optional{T}"/> through the converter of <c>T</c> (e.g. the enums' wire names).</summary>
public sealed class OptionalJsonConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(Optional<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;

    private sealed class Converter<T> : JsonConverter<Optional<T>>
    {
        public override bool HandleNull => true;

        // The inner converter is called directly, so a failure carries the property's path ($.gender).
        public override Optional<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null
                ? new Optional<T>(default!)
                : new Optional<T>(((JsonConverter<T>)options.GetConverter(typeof(T))).Read(ref reader, typeof(T), options)!);

        public override void Write(Utf8JsonWriter writer, Optional<T> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value.Value, options);
    }
}

/// <summary>Base of the create and PATCH bodies, whose properties are <see cref="Optional{T}"/>.</summary>
public abstract record FieldSet
{
    /// <summary>How many properties the body held.</summary>
    [JsonIgnore]
    public int PresentCount => GetType().GetProperties()
        .Where(p => typeof(IOptional).IsAssignableFrom(p.PropertyType)).Count(p => ((IOptional)p.GetValue(this)!).IsPresent);
}

/// <summary>A PATCH body: the id comes from the route, the expected version from <c>If-Match</c>.</summary>
public interface IPatchCommand
{
    int Id { get; init; }

    int? ExpectedVersion { get; init; }
}

/// <summary>The field rules of docs/api.md §1, §3 and §5, shared by the create, update and list validators.</summary>
public static class RuleExtensions
{
    public static IRuleBuilderOptions<T, string?> RequiredText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.NotNull().WithMessage(Guard.Messages.Required("{PropertyName}"))
            .SetValidator(new TrimmedLengthValidator<T>(1, -1)).WithMessage("{PropertyName} must not be empty.")
            .SetValidator(new TrimmedLengthValidator<T>(0, maxLength)).WithMessage(Guard.Messages.TooLong("{PropertyName}", maxLength))
            .Must(NoControlCharacters).WithMessage(Guard.Messages.ControlCharacters("{PropertyName}"));

    public static IRuleBuilderOptions<T, string?> OptionalText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.SetValidator(new TrimmedLengthValidator<T>(0, maxLength)).WithMessage(Guard.Messages.TooLong("{PropertyName}", maxLength))
            .Must(NoControlCharacters).WithMessage(Guard.Messages.ControlCharacters("{PropertyName}"));

    /// <summary>Long text (descriptions) may carry line breaks and tabs, but no other control characters.</summary>
    public static IRuleBuilderOptions<T, string?> OptionalLongText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.SetValidator(new TrimmedLengthValidator<T>(0, maxLength)).WithMessage(Guard.Messages.TooLong("{PropertyName}", maxLength))
            .Must(v => v is null || v.All(c => !char.IsControl(c) || c is '\n' or '\r' or '\t'))
            .WithMessage(Guard.Messages.ControlCharacters("{PropertyName}"));

    public static IRuleBuilderOptions<T, int?> RequiredInRange<T>(this IRuleBuilder<T, int?> rule, int min, int max) =>
        rule.NotNull().WithMessage(Guard.Messages.Required("{PropertyName}"))
            .InclusiveBetween(min, max).WithMessage(Guard.Messages.OutOfRange("{PropertyName}", min, max));

    public static IRuleBuilderOptions<T, int?> OptionalInRange<T>(this IRuleBuilder<T, int?> rule, int min, int max) =>
        rule.InclusiveBetween(min, max).WithMessage(Guard.Messages.OutOfRange("{PropertyName}", min, max));

    public static IRuleBuilderOptions<T, string?> WireEnum<TEnum, T>(this IRuleBuilder<T, string?> rule)
        where TEnum : struct, Enum =>
        rule.SetValidator(new WireEnumValidator<T, TEnum>())
            .WithMessage(Guard.Messages.NotOneOf("{PropertyName}", WireNames<TEnum>.All));

    public static IRuleBuilderOptions<T, TValue> Required<T, TValue>(this IRuleBuilder<T, TValue> rule) =>
        rule.NotNull().WithMessage(Guard.Messages.Required("{PropertyName}"));

    /// <summary>A repeatable enum filter: every value must be a wire name (422 naming the filter).</summary>
    public static IRuleBuilderOptions<T, IReadOnlyList<string>?> WireEnums<TEnum, T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule)
        where TEnum : struct, Enum =>
        rule.SetValidator(new WireEnumsValidator<T, IReadOnlyList<string>?, TEnum>())
            .WithMessage($"{{PropertyName}} must be one of: {string.Join(", ", WireNames<TEnum>.All)} (repeat it for several).");

    /// <summary>The most values an any-of filter takes (<c>id</c>: 101 values → 422).</summary>
    public const int MaxAnyOfValues = 100;

    /// <summary>The <c>id</c> any-of filter: at most <see cref="MaxAnyOfValues"/> values, each positive.</summary>
    public static IRuleBuilderOptions<T, IReadOnlyList<int>?> Ids<T>(this IRuleBuilder<T, IReadOnlyList<int>?> rule) =>
        rule.Must(v => v is null || v.Count <= MaxAnyOfValues).WithMessage($"{{PropertyName}} takes at most {MaxAnyOfValues} values.")
            .Must(v => v is null || v.All(id => id >= 1)).WithMessage(Guard.Messages.NotPositive("{PropertyName}"));

    public static IRuleBuilderOptions<T, string?> Timestamp<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => v is null || TimestampInput.TryParse(v, out _))
            .WithMessage("{PropertyName} must be an ISO 8601 date-time with an offset (e.g. 2026-03-01T10:00:00Z).");

    /// <summary>An any-of filter: at most 100 values, each a known wire name.</summary>
    public static IRuleBuilderOptions<T, string[]?> AnyOfWireEnum<TEnum, T>(this IRuleBuilder<T, string[]?> rule)
        where TEnum : struct, Enum =>
        rule.Must(v => v is null || v.Length <= PageRequest.MaxPageSize)
            .WithMessage($"{{PropertyName}} takes at most {PageRequest.MaxPageSize} values.")
            .SetValidator(new WireEnumsValidator<T, string[]?, TEnum>())
            .WithMessage(Guard.Messages.NotOneOf("{PropertyName}", WireNames<TEnum>.All));

    public static IRuleBuilderOptions<T, string?> ReleaseDate<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotNull().WithMessage(Guard.Messages.Required("{PropertyName}"))
            .SetValidator(new WireFormatValidator<T>("date", v => DateInput.TryParse(v, out _)))
            .WithMessage("{PropertyName} must be a date: YYYY-MM-DD, YYYY-M-D or an ISO 8601 date-time.")
            .Must(v => v is null || !DateInput.TryParse(v, out var d) || Guard.IsReleaseDate(d))
            .WithMessage(Guard.Messages.ReleaseDateOutOfRange("{PropertyName}"));

    public static IRuleBuilderOptions<T, string?> Email<T>(this IRuleBuilder<T, string?> rule) =>
        rule.OptionalText(Limits.EmailMaxLength)
            .SetValidator(new WireFormatValidator<T>("email", v => IsEmail(v.Trim()))).WithMessage(Guard.Messages.NotEmail("{PropertyName}"));

    public static IRuleBuilderOptions<T, string?> Phone<T>(this IRuleBuilder<T, string?> rule) =>
        rule.OptionalText(Limits.PhoneMaxLength)
            .Must(v => v is null || Guard.IsPhone(v))
            .WithMessage(Guard.Messages.NotPhone("{PropertyName}"));

    public static IRuleBuilderOptions<T, string?> HttpUrl<T>(this IRuleBuilder<T, string?> rule) =>
        rule.OptionalText(Limits.UrlMaxLength)
            .SetValidator(new WireFormatValidator<T>("uri", v => v.Trim().Length == 0 || Guard.IsHttpUrl(v.Trim()))).WithMessage(Guard.Messages.NotHttpUrl("{PropertyName}"));

    /// <summary>PATCH: a field that is present must not be null (the document reads the rule as "never null").</summary>
    public static void NotNullWhenPresent<T, TValue>(this AbstractValidator<T> validator, Expression<Func<T, Optional<TValue>>> field)
    {
        var read = field.Compile();
        var value = Expression.Lambda<Func<T, TValue>>(Expression.Property(field.Body, nameof(Optional<TValue>.Value)), field.Parameters);
        validator.When(c => read(c).IsPresent, () => validator.RuleFor(value).NotNull().WithMessage("{PropertyName} is required and cannot be null."));
    }

    /// <summary>
    /// A field the body may not hold (fixed after create, or set only by PATCH). The OpenAPI document leaves it out of
    /// that body's schema (<see cref="IAbsentRule"/>), so a client's request type cannot hold it either.
    /// </summary>
    public static IRuleBuilderOptions<T, Optional<TValue>> Absent<T, TValue>(this IRuleBuilder<T, Optional<TValue>> rule, string message) =>
        rule.SetValidator(new AbsentValidator<T, TValue>()).WithMessage(message);

    public static IRuleBuilderOptions<T, string?> Sort<T, TEntity>(this IRuleBuilder<T, string?> rule, SortMap<TEntity> map) =>
        rule.Must(v => !map.UnknownFields(v).Any())
            .WithMessage((_, v) => $"sort has unknown field(s) {string.Join(", ", map.UnknownFields(v))}; allowed: {string.Join(", ", map.Fields)}.");

    /// <summary>
    /// The paging rules. <paramref name="paging"/> is an expression so that each rule names its
    /// <see cref="PageRequest"/> property, and the OpenAPI document reads the bounds of <c>page</c> and
    /// <c>page_size</c> from here.
    /// </summary>
    public static void Paging<T>(this AbstractValidator<T> validator, Expression<Func<T, PageRequest>> paging)
    {
        var read = paging.Compile();
        validator.RuleFor(Member<T, int?>(paging, nameof(PageRequest.Page))).GreaterThanOrEqualTo(1).WithName("page").OverridePropertyName("page")
            .WithMessage(Guard.Messages.NotPositive("page"));
        validator.RuleFor(Member<T, int?>(paging, nameof(PageRequest.PageSize))).InclusiveBetween(1, PageRequest.MaxPageSize).OverridePropertyName("page_size")
            .WithMessage($"page_size must be between 1 and {PageRequest.MaxPageSize}.");
        validator.RuleFor(x => read(x).Page).Null().When(x => read(x).Cursor is not null).OverridePropertyName("page")
            .WithMessage("page cannot be combined with cursor: a cursor continues from where the last page ended.");
    }

    private static Expression<Func<T, TProperty>> Member<T, TProperty>(Expression<Func<T, PageRequest>> paging, string property) =>
        Expression.Lambda<Func<T, TProperty>>(Expression.Property(paging.Body, property), paging.Parameters);

    /// <summary>An empty PATCH body <c>{}</c> is a validation error.</summary>
    public static void NotEmptyPatch<T>(this AbstractValidator<T> validator)
        where T : FieldSet =>
        validator.RuleFor(c => c.PresentCount).GreaterThan(0).OverridePropertyName("body")
            .WithMessage("The body must hold at least one property to change.");

    private static bool NoControlCharacters(string? value) => value is null || !value.Any(char.IsControl);

    private static bool IsEmail(string value) =>
        value.Length <= Limits.EmailMaxLength
        && MailAddress.TryCreate(value, out var address)
        && address.Address == value
        && address.DisplayName.Length == 0
        && address.Host.Contains('.', StringComparison.Ordinal)
        && !value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c));
}

/// <summary>Marks a rule that refuses a field's presence in one body: the field is not part of that body.</summary>
public interface IAbsentRule;

internal sealed class AbsentValidator<T, TValue> : PropertyValidator<T, Optional<TValue>>, IAbsentRule
{
    public override string Name => "AbsentValidator";

    public override bool IsValid(ValidationContext<T> context, Optional<TValue> value) => !value.IsPresent;
}

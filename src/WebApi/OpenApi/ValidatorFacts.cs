using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using CastingAgency.Application.Common.Validation;
using FluentValidation;
using FluentValidation.Validators;

namespace CastingAgency.WebApi.OpenApi;

/// <summary>
/// What the FluentValidation rules of the Application say about each field, read from the rules themselves
/// (<see cref="IValidator.CreateDescriptor"/> and the rule components): bounds (<see cref="IBetweenValidator"/>,
/// <see cref="IComparisonValidator"/>), lengths (<see cref="ILengthValidator"/>), enums (<see cref="IWireEnumRule"/>),
/// formats (<see cref="IWireFormatRule"/>) and presence (<see cref="INotNullValidator"/>).
/// This is the OpenAPI document's only source for those facts (ADR-010): no table of field names.
/// </summary>
/// <remarks>
/// The shape of a field (bounds, length, enum, format) is the field's, whichever body or filter validates it:
/// it is gathered from every rule on the property (a <c>ShortlistFields.Status</c> is a shortlist status in the
/// PATCH rule set, so in the create body too). Presence (required, never null) belongs to one body: it is read
/// from the rules of that body's own validator only.
/// </remarks>
internal sealed class ValidatorFacts
{
    private readonly Dictionary<(Type, string), List<IPropertyValidator>> _byMember = [];
    private readonly Dictionary<(Type, string), List<IPropertyValidator>> _byModel = [];

    public ValidatorFacts(IServiceProvider services)
    {
        foreach (var found in AssemblyScanner.FindValidatorsInAssembly(typeof(FieldSet).Assembly, includeInternalTypes: true))
        {
            if (found.ValidatorType.IsGenericTypeDefinition || services.GetService(found.InterfaceType) is not IValidator validator)
            {
                continue;
            }

            Walk(validator, found.InterfaceType.GetGenericArguments()[0], depth: 0);
        }
    }

    /// <summary>The facts of <paramref name="property"/> of <paramref name="model"/> (a request body or a filter record).</summary>
    public FieldFacts For(Type model, PropertyInfo property)
    {
        var shape = _byMember.GetValueOrDefault((property.DeclaringType!, property.Name)) ?? [];
        var presence = _byModel.GetValueOrDefault((model, property.Name)) ?? [];
        return new FieldFacts(shape, presence);
    }

    private void Walk(IValidator validator, Type model, int depth)
    {
        if (depth > 8 || validator is not IEnumerable<IValidationRule> rules)
        {
            return;
        }

        foreach (var rule in rules)
        {
            foreach (var component in rule.Components)
            {
                if (component.Validator is IChildValidatorAdaptor child)
                {
                    // Include(...) or SetValidator(...): the included rules speak of their own model's properties.
                    if (ChildOf(component.Validator) is { } included)
                    {
                        Walk(included, ValidatedType(included) ?? model, depth + 1);
                    }

                    continue;
                }

                if (ValidationConventions.FieldOf(rule.Member, rule.Expression) is not { DeclaringType: { } declaring } member)
                {
                    continue;
                }

                Add(_byMember, (declaring, member.Name), component.Validator);
                Add(_byModel, (model, member.Name), component.Validator);
            }
        }
    }

    private static void Add(Dictionary<(Type, string), List<IPropertyValidator>> index, (Type, string) key, IPropertyValidator validator)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(validator);
    }

    private static Type? ValidatedType(IValidator validator) =>
        validator.GetType().GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>))?.GetGenericArguments()[0];

    private static readonly ConcurrentDictionary<Type, MethodInfo?> GetValidatorMethods = new();

    /// <summary>The validator a <see cref="ChildValidatorAdaptor{T, TProperty}"/> runs (an instance given to Include or SetValidator).</summary>
    private static IValidator? ChildOf(IPropertyValidator adaptor)
    {
        var type = adaptor.GetType();
        var method = GetValidatorMethods.GetOrAdd(type, t => t.GetMethod("GetValidator"));
        if (method is null || !type.IsGenericType)
        {
            return null;
        }

        var context = Activator.CreateInstance(typeof(ValidationContext<>).MakeGenericType(type.GetGenericArguments()[0]), [null]);
        return method.Invoke(adaptor, [context, null]) as IValidator;
    }
}

/// <summary>The facts of one field; <see cref="Shape"/> from every rule on it, <see cref="Presence"/> from its body's.</summary>
internal sealed record FieldFacts(IReadOnlyList<IPropertyValidator> Shape, IReadOnlyList<IPropertyValidator> Presence)
{
    /// <summary>The body must carry it (create: a <c>NotNull</c> rule).</summary>
    public bool Required => Presence.OfType<INotNullValidator>().Any();

    /// <summary>The body may not hold it (an <see cref="IAbsentRule"/> of its own validator): not part of its schema.</summary>
    public bool Forbidden => Presence.OfType<IAbsentRule>().Any();

    /// <summary>It may be absent but never null (a PATCH's <c>NotNull</c> applies when the field is present).</summary>
    public bool NeverNull => Required;

    public IWireEnumRule? Enum => Shape.OfType<IWireEnumRule>().FirstOrDefault();

    public string? Format => Shape.OfType<IWireFormatRule>().FirstOrDefault()?.Format;

    /// <summary>The largest of the minimum lengths (0: none).</summary>
    public int MinLength => Shape.OfType<ILengthValidator>().Select(l => l.Min).DefaultIfEmpty(0).Max();

    /// <summary>The smallest of the maximum lengths, if any.</summary>
    public int? MaxLength => Shape.OfType<ILengthValidator>().Where(l => l.Max >= 0).Select(l => (int?)l.Max).Min();

    public decimal? Minimum => Bounds().Min;

    public decimal? Maximum => Bounds().Max;

    private (decimal? Min, decimal? Max) Bounds()
    {
        decimal? min = null, max = null;
        foreach (var validator in Shape)
        {
            switch (validator)
            {
                case IBetweenValidator { From: { } from, To: { } to }:
                    min = Larger(min, Number(from));
                    max = Smaller(max, Number(to));
                    break;
                case IComparisonValidator { ValueToCompare: { } value } comparison:
                    if (comparison.Comparison == Comparison.GreaterThanOrEqual)
                    {
                        min = Larger(min, Number(value));
                    }
                    else if (comparison.Comparison == Comparison.LessThanOrEqual)
                    {
                        max = Smaller(max, Number(value));
                    }

                    break;
            }
        }

        return (min, max);
    }

    private static decimal? Number(object value) =>
        value is IConvertible ? Convert.ToDecimal(value, CultureInfo.InvariantCulture) : null;

    private static decimal? Larger(decimal? a, decimal? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private static decimal? Smaller(decimal? a, decimal? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);
}

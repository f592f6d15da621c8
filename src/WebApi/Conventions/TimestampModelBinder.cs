using CastingAgency.Application.Common.Models;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CastingAgency.WebApi.Conventions;

/// <summary>
/// Binds a <see cref="DateTimeOffset"/> query value the way the API reads every timestamp: ISO 8601 with an offset
/// (<see cref="TimestampInput"/>). Anything else is a value of the wrong type (400), like <c>?age=abc</c>.
/// </summary>
public sealed class TimestampModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (value == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
        if (value.Length == 1 && TimestampInput.TryParse(value.FirstValue, out var utc))
        {
            bindingContext.Result = ModelBindingResult.Success(new DateTimeOffset(utc, TimeSpan.Zero));
            return Task.CompletedTask;
        }

        bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, "not an ISO 8601 date-time with an offset");
        return Task.CompletedTask;
    }
}

/// <summary>Uses <see cref="TimestampModelBinder"/> for every <see cref="DateTimeOffset"/> parameter or filter property.</summary>
public sealed class TimestampModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(DateTimeOffset) ? new TimestampModelBinder() : null;
}

using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Marac.Web.Infrastructure.GovUk;

/// <summary>
/// Binds a <see cref="DateOnly"/> or <c>DateOnly?</c> from the three GOV.UK date fields
/// <c>{name}.Day</c>, <c>{name}.Month</c> and <c>{name}.Year</c>. What was typed is kept in model
/// state under those three keys (so the form shows it again), and a problem becomes one error on
/// <c>{name}</c> in GOV.UK wording: "Date of birth must be a real date", "... must include a month".
/// When none of the three fields was posted (a route or query value), the single-value binder runs.
/// </summary>
public sealed class GovUkDateModelBinder(IModelBinder singleValueBinder) : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var name = bindingContext.ModelName;
        var posted = GovUkDate.Parts
            .Select(part => (Key: GovUkDate.PartName(name, part), Value: bindingContext.ValueProvider.GetValue(GovUkDate.PartName(name, part))))
            .ToList();
        if (posted.All(p => p.Value == ValueProviderResult.None))
        {
            return BindSingleValueAsync(bindingContext);
        }

        foreach (var (key, value) in posted)
        {
            bindingContext.ModelState.SetModelValue(key, value);
            // The parts only carry what was typed; the date itself is validated under {name}.
            bindingContext.ModelState.MarkFieldSkipped(key);
        }

        var displayName = DisplayNames.For(bindingContext.ModelMetadata);
        var result = GovUkDate.Parse(posted[0].Value.FirstValue, posted[1].Value.FirstValue, posted[2].Value.FirstValue, displayName);
        if (result.Date is { } date)
        {
            bindingContext.Result = ModelBindingResult.Success(date);
        }
        else if (result.Error is { } error)
        {
            bindingContext.ModelState.TryAddModelError(name, error);
        }
        else if (bindingContext.ModelMetadata.IsReferenceOrNullableType)
        {
            // Nothing typed: null, and [Required] (if present) reports it in validation.
            bindingContext.Result = ModelBindingResult.Success(null);
        }
        else
        {
            bindingContext.ModelState.TryAddModelError(name, NothingTypedMessage(bindingContext.ModelMetadata, displayName));
        }
        return Task.CompletedTask;
    }

    /// <summary>A date given as one value (a route or query value) must be in range too: no year 9999 reaches the database.</summary>
    private async Task BindSingleValueAsync(ModelBindingContext bindingContext)
    {
        await singleValueBinder.BindModelAsync(bindingContext);
        if (bindingContext.Result is { IsModelSet: true, Model: DateOnly date } && !GovUkDate.IsInRange(date))
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, GovUkDate.OutOfRangeMessage(DisplayNames.For(bindingContext.ModelMetadata)));
            bindingContext.Result = ModelBindingResult.Failed();
        }
    }

    private static string NothingTypedMessage(ModelMetadata metadata, string displayName)
    {
        var required = (metadata as DefaultModelMetadata)?.Attributes.Attributes.OfType<RequiredAttribute>().FirstOrDefault();
        return required?.ErrorMessage is not null
            ? required.FormatErrorMessage(displayName)
            : $"Enter {char.ToLowerInvariant(displayName[0])}{displayName[1..]}";
    }
}

/// <summary>
/// Chooses <see cref="GovUkDateModelBinder"/> for every <see cref="DateOnly"/> and <c>DateOnly?</c>
/// bound from form, route or query values. Register it first:
/// <c>options.ModelBinderProviders.Insert(0, new GovUkDateModelBinderProvider())</c>.
/// </summary>
public sealed class GovUkDateModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Metadata.UnderlyingOrModelType != typeof(DateOnly) || context.BindingInfo.BindingSource is { IsGreedy: true })
        {
            return null;
        }
        var loggerFactory = context.Services.GetRequiredService<ILoggerFactory>();
        return new GovUkDateModelBinder(new SimpleTypeModelBinder(context.Metadata.ModelType, loggerFactory));
    }
}

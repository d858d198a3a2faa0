using System.Linq.Expressions;
using System.Text.Encodings.Web;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.DependencyInjection;

namespace Marac.Web.Tests.FrontEnd;

/// <summary>Runs a tag helper the way Razor would, with MVC's real metadata, and parses what it wrote.</summary>
internal static class TagHelperHarness
{
    public static readonly IServiceProvider Services = new ServiceCollection().AddLogging().AddMvc().Services.BuildServiceProvider();

    public static IModelMetadataProvider Metadata => Services.GetRequiredService<IModelMetadataProvider>();

    public static ViewContext ViewContextFor<TModel>(TModel model, ModelStateDictionary? modelState = null) =>
        new()
        {
            HttpContext = new DefaultHttpContext { RequestServices = Services },
            ViewData = new ViewDataDictionary<TModel>(Metadata, modelState ?? new ModelStateDictionary()) { Model = model },
        };

    public static ModelExpression Expression<TModel, TValue>(ViewContext viewContext, Expression<Func<TModel, TValue>> expression) =>
        new ModelExpressionProvider(Metadata).CreateModelExpression((ViewDataDictionary<TModel>)viewContext.ViewData, expression);

    /// <summary>Processes <paramref name="helper"/> on an element and returns the HTML it produced, parsed.</summary>
    public static IElement Render(TagHelper helper, string tagName, TagHelperAttributeList? attributes = null, string childContent = "")
    {
        return Parse(RenderHtml(helper, tagName, attributes, childContent));
    }

    public static string RenderHtml(TagHelper helper, string tagName, TagHelperAttributeList? attributes = null, string childContent = "") =>
        Write(Process(helper, tagName, attributes, childContent));

    /// <summary>Processes <paramref name="helper"/> as Razor does, without writing the result out yet.</summary>
    public static TagHelperOutput Process(TagHelper helper, string tagName, TagHelperAttributeList? attributes = null, string childContent = "")
    {
        var context = new TagHelperContext(tagName, [], new Dictionary<object, object>(), "test");
        var output = new TagHelperOutput(tagName, attributes ?? [],
            (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent().SetContent(childContent)));
        helper.Init(context);
        helper.Process(context, output);
        if (!output.IsContentModified)
        {
            // Razor writes the element's own content when no tag helper replaced it.
            output.Content.SetContent(childContent);
        }
        return output;
    }

    public static string Write(TagHelperOutput output)
    {
        using var writer = new StringWriter();
        output.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    public static IElement Parse(string html) =>
        new HtmlParser().ParseDocument($"<!DOCTYPE html><html><body>{html}</body></html>").Body!;

    public static ModelStateDictionary Posted(params (string Key, string Value)[] values)
    {
        var modelState = new ModelStateDictionary();
        foreach (var (key, value) in values)
        {
            modelState.SetModelValue(key, value, value);
        }
        return modelState;
    }
}

using Marac.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using static Marac.Web.Tests.FrontEnd.TagHelperHarness;

namespace Marac.Web.Tests.FrontEnd;

public class GovUkTextareaAndSelectTagHelperTests
{
    [Fact]
    public void Textarea_shows_the_error_and_keeps_what_was_typed()
    {
        var modelState = Posted(("Notes", "line one\nline two"));
        modelState.AddModelError("Notes", "Notes must be 500 characters or fewer");
        var viewContext = ViewContextFor(new TestForm(), modelState);
        var helper = new GovUkTextareaTagHelper { ViewContext = viewContext, For = Expression(viewContext, (TestForm m) => m.Notes), Label = "Notes", Rows = 3 };

        var body = Render(helper, "govuk-textarea");

        body.FirstElementChild!.ClassList.ShouldContain("govuk-form-group--error");
        var textarea = body.QuerySelector("textarea")!;
        textarea.ClassList.ShouldContain("govuk-textarea--error");
        textarea.GetAttribute("rows").ShouldBe("3");
        textarea.GetAttribute("aria-describedby").ShouldBe("Notes-error");
        textarea.TextContent.ShouldBe("line one\nline two");
        body.QuerySelector("#Notes-error")!.TextContent.ShouldEndWith("Notes must be 500 characters or fewer");
    }

    [Fact]
    public void Textarea_shows_the_model_value_encoded()
    {
        var viewContext = ViewContextFor(new TestForm { Notes = "</textarea><script>x</script>" });
        var helper = new GovUkTextareaTagHelper { ViewContext = viewContext, For = Expression(viewContext, (TestForm m) => m.Notes) };

        var html = RenderHtml(helper, "govuk-textarea");

        html.ShouldNotContain("<script>");
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("textarea")!.TextContent
            .ShouldBe("</textarea><script>x</script>");
    }

    [Fact]
    public void Select_lists_enum_values_and_selects_the_posted_one()
    {
        var modelState = Posted(("Colour", "SeaGreen"));
        modelState.AddModelError("Colour", "Select a colour");
        var viewContext = ViewContextFor(new TestForm { Colour = TestColour.Red }, modelState);
        var helper = new GovUkSelectTagHelper
        {
            ViewContext = viewContext,
            For = Expression(viewContext, (TestForm m) => m.Colour),
            Label = "Colour",
            EmptyOption = "Choose a colour",
        };

        var body = Render(helper, "govuk-select");

        var select = body.QuerySelector("select")!;
        select.ClassList.ShouldContain("govuk-select--error");
        select.GetAttribute("name").ShouldBe("Colour");
        select.QuerySelectorAll("option").Select(o => (o.GetAttribute("value"), o.TextContent))
            .ShouldBe([("", "Choose a colour"), ("Red", "Red"), ("SeaGreen", "Sea green"), ("NotKnown", "Not known")]);
        select.QuerySelectorAll("option[selected]").Select(o => o.GetAttribute("value")).ShouldBe(["SeaGreen"]);
    }

    [Fact]
    public void Select_selects_the_model_value_when_nothing_was_posted()
    {
        var viewContext = ViewContextFor(new TestForm { Colour = TestColour.NotKnown });
        var helper = new GovUkSelectTagHelper
        {
            ViewContext = viewContext,
            For = Expression(viewContext, (TestForm m) => m.Colour),
            Items = [new("Red", "Red"), new("NotKnown", "Not known")],
        };

        var body = Render(helper, "govuk-select");

        body.QuerySelectorAll("option[selected]").Select(o => o.GetAttribute("value")).ShouldBe(["NotKnown"]);
        body.QuerySelector("select")!.ClassList.ShouldNotContain("govuk-select--error");
    }
}

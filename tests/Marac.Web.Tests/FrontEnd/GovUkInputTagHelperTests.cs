using Marac.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Razor.TagHelpers;
using static Marac.Web.Tests.FrontEnd.TagHelperHarness;

namespace Marac.Web.Tests.FrontEnd;

public class GovUkInputTagHelperTests
{
    private static GovUkInputTagHelper Input<TValue>(TestForm model, ModelStateDictionary? modelState,
        System.Linq.Expressions.Expression<Func<TestForm, TValue>> property)
    {
        var viewContext = ViewContextFor(model, modelState);
        return new GovUkInputTagHelper { ViewContext = viewContext, For = Expression(viewContext, property) };
    }

    [Fact]
    public void Names_and_ids_follow_asp_for_for_nested_and_indexed_properties()
    {
        var helper = Input(new TestForm(), null, m => m.Children[0].GivenName);

        var body = Render(helper, "govuk-input");

        var input = body.QuerySelector("input")!;
        input.GetAttribute("name").ShouldBe("Children[0].GivenName");
        input.Id.ShouldBe("Children_0__GivenName");
        body.QuerySelector("label")!.GetAttribute("for").ShouldBe("Children_0__GivenName");
    }

    [Fact]
    public void Renders_a_plain_form_group_with_the_model_value()
    {
        var helper = Input(new TestForm { LastName = "Smith" }, null, m => m.LastName);
        helper.Label = "Last name";

        var body = Render(helper, "govuk-input");

        var group = body.FirstElementChild!;
        group.ClassName.ShouldBe("govuk-form-group");
        group.QuerySelector("label.govuk-label")!.TextContent.ShouldBe("Last name");
        var input = group.QuerySelector("input")!;
        input.ClassName.ShouldBe("govuk-input");
        input.GetAttribute("type").ShouldBe("text");
        input.GetAttribute("value").ShouldBe("Smith");
        input.HasAttribute("aria-describedby").ShouldBeFalse();
        group.QuerySelector(".govuk-error-message").ShouldBeNull();
    }

    [Fact]
    public void Shows_the_error_by_the_field_and_keeps_what_was_typed()
    {
        var modelState = Posted(("LastName", "<b>Sm1th</b>"));
        modelState.AddModelError("LastName", "Last name must only include letters");
        var helper = Input(new TestForm { LastName = "from the model" }, modelState, m => m.LastName);
        helper.Label = "Last name";
        helper.Hint = "As on their passport";

        var body = Render(helper, "govuk-input");

        var group = body.FirstElementChild!;
        group.ClassList.ShouldContain("govuk-form-group--error");
        var error = group.QuerySelector("p.govuk-error-message")!;
        error.Id.ShouldBe("LastName-error");
        error.TextContent.ShouldBe("Error: Last name must only include letters");
        error.QuerySelector(".govuk-visually-hidden")!.TextContent.ShouldBe("Error:");
        var input = group.QuerySelector("input")!;
        input.ClassList.ShouldContain("govuk-input--error");
        input.GetAttribute("value").ShouldBe("<b>Sm1th</b>");
        input.GetAttribute("aria-describedby").ShouldBe("LastName-hint LastName-error");
        group.QuerySelector("#LastName-hint")!.TextContent.ShouldBe("As on their passport");
    }

    [Fact]
    public void Hint_error_and_input_come_in_the_GOV_UK_order()
    {
        var modelState = new ModelStateDictionary();
        modelState.AddModelError("LastName", "Enter a last name");
        var helper = Input(new TestForm(), modelState, m => m.LastName);
        helper.Hint = "Hint";

        var body = Render(helper, "govuk-input");

        body.FirstElementChild!.Children.Select(c => c.LocalName + "." + c.ClassList[0])
            .ShouldBe(["label.govuk-label", "div.govuk-hint", "p.govuk-error-message", "input.govuk-input"]);
    }

    [Fact]
    public void Label_defaults_to_the_display_name()
    {
        var helper = Input(new TestForm(), null, m => m.Victim.GivenName);

        Render(helper, "govuk-input").QuerySelector("label")!.TextContent.ShouldBe("First names");
    }

    [Theory]
    [InlineData("10", "govuk-input--width-10")]
    [InlineData("one-half", "govuk-!-width-one-half")]
    public void Width_becomes_the_GOV_UK_width_class(string width, string expected)
    {
        var helper = Input(new TestForm(), null, m => m.LastName);
        helper.Width = width;

        Render(helper, "govuk-input").QuerySelector("input")!.ClassList.ShouldContain(expected);
    }

    [Fact]
    public void An_unknown_width_is_refused()
    {
        var helper = Input(new TestForm(), null, m => m.LastName);
        helper.Width = "11";

        Should.Throw<InvalidOperationException>(() => Render(helper, "govuk-input"));
    }

    [Fact]
    public void Other_attributes_land_on_the_input()
    {
        var helper = Input(new TestForm(), null, m => m.LastName);
        helper.Type = "email";

        var body = Render(helper, "govuk-input", [new TagHelperAttribute("autocomplete", "family-name"), new TagHelperAttribute("class", "extra")]);

        var input = body.QuerySelector("input")!;
        input.GetAttribute("autocomplete").ShouldBe("family-name");
        input.GetAttribute("type").ShouldBe("email");
        input.ClassList.ShouldContain("extra");
        input.ClassList.ShouldContain("govuk-input");
        body.FirstElementChild!.ClassName.ShouldBe("govuk-form-group");
    }
}

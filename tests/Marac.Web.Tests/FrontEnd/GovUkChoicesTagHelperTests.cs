using Marac.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using static Marac.Web.Tests.FrontEnd.TagHelperHarness;

namespace Marac.Web.Tests.FrontEnd;

public class GovUkChoicesTagHelperTests
{
    private static GovUkRadiosTagHelper Radios(TestForm model, ModelStateDictionary? modelState = null)
    {
        var viewContext = ViewContextFor(model, modelState);
        return new GovUkRadiosTagHelper { ViewContext = viewContext, For = Expression(viewContext, (TestForm m) => m.Colour), Legend = "Favourite colour" };
    }

    [Fact]
    public void Radios_give_the_first_item_the_field_id_so_the_error_summary_link_lands_on_it()
    {
        var body = Render(Radios(new TestForm()), "govuk-radios");

        body.QuerySelectorAll("input[type=radio]").Select(i => i.Id).ShouldBe(["Colour", "Colour-2", "Colour-3"]);
        body.QuerySelectorAll("input[type=radio]").Select(i => i.GetAttribute("name")).Distinct().ShouldBe(["Colour"]);
        body.QuerySelectorAll("label.govuk-radios__label").Select(l => (l.GetAttribute("for"), l.TextContent))
            .ShouldBe([("Colour", "Red"), ("Colour-2", "Sea green"), ("Colour-3", "Not known")]);
        body.QuerySelector("legend.govuk-fieldset__legend")!.TextContent.ShouldBe("Favourite colour");
        body.QuerySelector("div.govuk-radios")!.GetAttribute("data-module").ShouldBe("govuk-radios");
    }

    [Fact]
    public void Radios_show_the_error_and_keep_the_posted_choice()
    {
        var modelState = Posted(("Colour", "SeaGreen"));
        modelState.AddModelError("Colour", "That colour is not available");

        var body = Render(Radios(new TestForm { Colour = TestColour.Red }, modelState), "govuk-radios");

        body.FirstElementChild!.ClassList.ShouldContain("govuk-form-group--error");
        body.QuerySelector("fieldset")!.GetAttribute("aria-describedby").ShouldBe("Colour-error");
        body.QuerySelector("#Colour-error")!.TextContent.ShouldBe("Error: That colour is not available");
        body.QuerySelectorAll("input[checked]").Select(i => i.GetAttribute("value")).ShouldBe(["SeaGreen"]);
    }

    [Fact]
    public void Radios_check_the_model_value_and_take_variants()
    {
        var helper = Radios(new TestForm { Colour = TestColour.NotKnown });
        helper.Inline = true;
        helper.Small = true;

        var body = Render(helper, "govuk-radios");

        body.QuerySelectorAll("input[checked]").Select(i => i.GetAttribute("value")).ShouldBe(["NotKnown"]);
        body.QuerySelector("div.govuk-radios")!.ClassList.ShouldBe(["govuk-radios", "govuk-radios--small", "govuk-radios--inline"], ignoreOrder: true);
    }

    [Fact]
    public void Radios_for_a_bool_default_to_yes_and_no()
    {
        var viewContext = ViewContextFor(new TestForm { Agrees = true });
        var helper = new GovUkRadiosTagHelper { ViewContext = viewContext, For = Expression(viewContext, (TestForm m) => m.Agrees) };

        var body = Render(helper, "govuk-radios");

        body.QuerySelectorAll("input").Select(i => (i.GetAttribute("value"), i.HasAttribute("checked")))
            .ShouldBe([("true", true), ("false", false)]);
    }

    [Fact]
    public void Checkboxes_keep_every_posted_value()
    {
        var modelState = new ModelStateDictionary();
        modelState.SetModelValue("Colours", new[] { "Red", "NotKnown" }, "Red,NotKnown");
        modelState.AddModelError("Colours", "Select no more than one colour");
        var viewContext = ViewContextFor(new TestForm { Colours = [TestColour.SeaGreen] }, modelState);
        var helper = new GovUkCheckboxesTagHelper { ViewContext = viewContext, For = Expression(viewContext, (TestForm m) => m.Colours), Hint = "Select all that apply" };

        var body = Render(helper, "govuk-checkboxes");

        body.FirstElementChild!.ClassList.ShouldContain("govuk-form-group--error");
        body.QuerySelector("fieldset")!.GetAttribute("aria-describedby").ShouldBe("Colours-hint Colours-error");
        body.QuerySelectorAll("input[type=checkbox][checked]").Select(i => i.GetAttribute("value")).ShouldBe(["Red", "NotKnown"]);
        body.QuerySelector("div.govuk-checkboxes")!.GetAttribute("data-module").ShouldBe("govuk-checkboxes");
    }

    [Fact]
    public void Checkboxes_check_the_model_values_and_render_item_hints_and_exclusive_items()
    {
        var viewContext = ViewContextFor(new TestForm { Colours = [TestColour.SeaGreen] });
        var helper = new GovUkCheckboxesTagHelper
        {
            ViewContext = viewContext,
            For = Expression(viewContext, (TestForm m) => m.Colours),
            Items =
            [
                new("Red", "Red") { Hint = "Like a post box" },
                new("SeaGreen", "Sea green"),
                new("NotKnown", "None of these") { DividerBefore = "or", Exclusive = true },
            ],
        };

        var body = Render(helper, "govuk-checkboxes");

        body.QuerySelectorAll("input[checked]").Select(i => i.GetAttribute("value")).ShouldBe(["SeaGreen"]);
        body.QuerySelector("#Colours")!.GetAttribute("aria-describedby").ShouldBe("Colours-item-hint");
        body.QuerySelector("#Colours-item-hint")!.ClassList.ShouldContain("govuk-checkboxes__hint");
        body.QuerySelector(".govuk-checkboxes__divider")!.TextContent.ShouldBe("or");
        body.QuerySelector("#Colours-3")!.GetAttribute("data-behaviour").ShouldBe("exclusive");
    }

    [Fact]
    public void A_single_checkbox_bound_to_a_bool_is_ticked_when_true()
    {
        var viewContext = ViewContextFor(new TestForm { Agrees = true });
        var helper = new GovUkCheckboxesTagHelper
        {
            ViewContext = viewContext,
            For = Expression(viewContext, (TestForm m) => m.Agrees),
            Items = [new("true", "I agree")],
        };

        Render(helper, "govuk-checkboxes").QuerySelector("input")!.HasAttribute("checked").ShouldBeTrue();
    }
}

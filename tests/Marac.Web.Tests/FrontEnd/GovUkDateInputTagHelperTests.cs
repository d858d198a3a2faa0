using Marac.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Razor.TagHelpers;
using static Marac.Web.Tests.FrontEnd.TagHelperHarness;

namespace Marac.Web.Tests.FrontEnd;

public class GovUkDateInputTagHelperTests
{
    private static AngleSharp.Dom.IElement RenderDate(TestForm model, ModelStateDictionary? modelState = null, TagHelperAttributeList? attributes = null)
    {
        var viewContext = ViewContextFor(model, modelState);
        var helper = new GovUkDateInputTagHelper
        {
            ViewContext = viewContext,
            For = Expression(viewContext, (TestForm m) => m.Victim.DateOfBirth),
            Legend = "Date of birth",
            Hint = "For example, 27 3 1980",
            Autocomplete = "bday",
        };
        return Render(helper, "govuk-date-input", attributes);
    }

    [Fact]
    public void Renders_three_fields_named_for_the_binder_in_a_fieldset()
    {
        var body = RenderDate(new TestForm { Victim = { DateOfBirth = new DateOnly(1980, 3, 27) } });

        var fieldset = body.QuerySelector("fieldset.govuk-fieldset")!;
        fieldset.GetAttribute("role").ShouldBe("group");
        fieldset.GetAttribute("aria-describedby").ShouldBe("Victim_DateOfBirth-hint");
        fieldset.QuerySelector("legend")!.TextContent.ShouldBe("Date of birth");
        body.QuerySelector("div.govuk-date-input")!.Id.ShouldBe("Victim_DateOfBirth");
        body.QuerySelectorAll("input").Select(i => (i.GetAttribute("name"), i.Id, i.GetAttribute("value"), i.GetAttribute("autocomplete")))
            .ShouldBe([
                ("Victim.DateOfBirth.Day", "Victim_DateOfBirth_Day", "27", "bday-day"),
                ("Victim.DateOfBirth.Month", "Victim_DateOfBirth_Month", "3", "bday-month"),
                ("Victim.DateOfBirth.Year", "Victim_DateOfBirth_Year", "1980", "bday-year"),
            ]);
        body.QuerySelectorAll("label.govuk-date-input__label").Select(l => (l.GetAttribute("for"), l.TextContent))
            .ShouldBe([("Victim_DateOfBirth_Day", "Day"), ("Victim_DateOfBirth_Month", "Month"), ("Victim_DateOfBirth_Year", "Year")]);
        body.QuerySelectorAll("input").ShouldAllBe(i => i.GetAttribute("inputmode") == "numeric");
        body.QuerySelectorAll(".govuk-input--error").ShouldBeEmpty();
        GovUkDate.FirstInputId("Victim.DateOfBirth").ShouldBe("Victim_DateOfBirth_Day");
    }

    [Fact]
    public void An_impossible_date_keeps_what_was_typed_and_marks_all_three_fields()
    {
        var modelState = Posted(("Victim.DateOfBirth.Day", "31"), ("Victim.DateOfBirth.Month", "2"), ("Victim.DateOfBirth.Year", "1980"));
        modelState.AddModelError("Victim.DateOfBirth", "Date of birth must be a real date");

        var body = RenderDate(new TestForm(), modelState);

        body.FirstElementChild!.ClassList.ShouldContain("govuk-form-group--error");
        body.QuerySelector("fieldset")!.GetAttribute("aria-describedby").ShouldBe("Victim_DateOfBirth-hint Victim_DateOfBirth-error");
        body.QuerySelector("#Victim_DateOfBirth-error")!.TextContent.ShouldBe("Error: Date of birth must be a real date");
        body.QuerySelectorAll("input").Select(i => i.GetAttribute("value")).ShouldBe(["31", "2", "1980"]);
        body.QuerySelectorAll("input").ShouldAllBe(i => i.ClassList.Contains("govuk-input--error"));
    }

    [Fact]
    public void A_missing_part_is_the_only_one_marked()
    {
        var modelState = Posted(("Victim.DateOfBirth.Day", "4"), ("Victim.DateOfBirth.Month", ""), ("Victim.DateOfBirth.Year", "1980"));
        modelState.AddModelError("Victim.DateOfBirth", "Date of birth must include a month");

        var body = RenderDate(new TestForm(), modelState);

        body.QuerySelectorAll("input.govuk-input--error").Select(i => i.Id).ShouldBe(["Victim_DateOfBirth_Month"]);
        body.QuerySelector("#Victim_DateOfBirth_Month")!.GetAttribute("value").ShouldBe("");
    }

    [Fact]
    public void Label_is_another_name_for_legend()
    {
        var viewContext = ViewContextFor(new TestForm());
        var helper = new GovUkDateInputTagHelper { ViewContext = viewContext, For = Expression(viewContext, (TestForm m) => m.ReferralDate), Label = "Date of referral" };

        Render(helper, "govuk-date-input").QuerySelector("legend")!.TextContent.ShouldBe("Date of referral");
    }

    [Theory]
    [InlineData("31", "2", "2025", new[] { "Day", "Month", "Year" })]
    [InlineData("", "2", "2025", new[] { "Day" })]
    [InlineData("1", "13", "2025", new[] { "Month" })]
    [InlineData("1", "1", "25", new[] { "Year" })]
    [InlineData("x", "1", "", new[] { "Day", "Year" })]
    public void Parts_in_error_are_the_ones_that_cannot_be_right(string day, string month, string year, string[] expected) =>
        GovUkDate.PartsInError(day, month, year).ShouldBe(expected, ignoreOrder: true);
}

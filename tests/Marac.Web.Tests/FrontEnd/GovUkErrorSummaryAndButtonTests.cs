using Marac.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Razor.TagHelpers;
using static Marac.Web.Tests.FrontEnd.TagHelperHarness;

namespace Marac.Web.Tests.FrontEnd;

public class GovUkErrorSummaryAndButtonTests
{
    [Fact]
    public void Error_summary_renders_nothing_without_errors()
    {
        var helper = new GovUkErrorSummaryTagHelper { ViewContext = ViewContextFor(new TestForm(), Posted(("LastName", "Smith"))) };

        RenderHtml(helper, "govuk-error-summary").ShouldBeEmpty();
    }

    [Fact]
    public void Error_summary_links_each_error_to_its_field()
    {
        var modelState = Posted(("Victim.DateOfBirth.Day", "31"), ("Victim.DateOfBirth.Month", "2"), ("Victim.DateOfBirth.Year", "1980"));
        modelState.AddModelError("LastName", "Enter a last name");
        modelState.AddModelError("Victim.DateOfBirth", "Date of birth must be a real date");
        modelState.AddModelError("Children[0].GivenName", "Enter the child's first names");
        modelState.AddModelError("", "This referral was changed by someone else");
        var helper = new GovUkErrorSummaryTagHelper { ViewContext = ViewContextFor(new TestForm(), modelState) };

        var body = Render(helper, "govuk-error-summary");

        var summary = body.QuerySelector("div.govuk-error-summary")!;
        summary.GetAttribute("data-module").ShouldBe("govuk-error-summary");
        summary.QuerySelector("[role=alert] h2.govuk-error-summary__title")!.TextContent.ShouldBe("There is a problem");
        var links = summary.QuerySelectorAll("ul.govuk-error-summary__list li").Select(li => (li.QuerySelector("a")?.GetAttribute("href"), li.TextContent)).ToList();
        links[0].ShouldBe((null, "This referral was changed by someone else"));
        links.ShouldBe([
            (null, "This referral was changed by someone else"),
            ("#LastName", "Enter a last name"),
            ("#Victim_DateOfBirth_Day", "Date of birth must be a real date"),
            ("#Children_0__GivenName", "Enter the child's first names"),
        ], ignoreOrder: true);
    }

    [Fact]
    public void Error_summary_lists_errors_in_the_order_the_fields_appear_on_the_page()
    {
        var modelState = new ModelStateDictionary();
        modelState.AddModelError("Colour", "Select a colour");
        modelState.AddModelError("Victim.GivenName", "Enter first names");
        modelState.AddModelError("LastName", "Enter a last name");
        modelState.AddModelError("Notes", "Notes are too long");
        var viewContext = ViewContextFor(new TestForm(), modelState);

        // The summary is processed first, as it sits above the fields; Razor writes the page out at the end.
        var summary = Process(new GovUkErrorSummaryTagHelper { ViewContext = viewContext }, "govuk-error-summary");
        Process(new GovUkInputTagHelper { ViewContext = viewContext, For = Expression(viewContext, (TestForm m) => m.Victim.GivenName) }, "govuk-input");
        Process(new GovUkInputTagHelper { ViewContext = viewContext, For = Expression(viewContext, (TestForm m) => m.LastName) }, "govuk-input");
        Process(new GovUkRadiosTagHelper { ViewContext = viewContext, For = Expression(viewContext, (TestForm m) => m.Colour) }, "govuk-radios");

        Parse(Write(summary)).QuerySelectorAll("li a").Select(a => a.GetAttribute("href"))
            .ShouldBe(["#Victim_GivenName", "#LastName", "#Colour", "#Notes"]);
    }

    [Fact]
    public void Error_summary_encodes_messages()
    {
        var modelState = new ModelStateDictionary();
        modelState.AddModelError("LastName", "<script>alert(1)</script>");
        var helper = new GovUkErrorSummaryTagHelper { ViewContext = ViewContextFor(new TestForm(), modelState) };

        RenderHtml(helper, "govuk-error-summary").ShouldNotContain("<script>");
    }

    [Fact]
    public void Button_is_a_submit_button_that_prevents_double_clicks()
    {
        var body = Render(new GovUkButtonTagHelper(), "govuk-button", childContent: "Save and continue");

        var button = body.QuerySelector("button")!;
        button.ClassName.ShouldBe("govuk-button");
        button.GetAttribute("type").ShouldBe("submit");
        button.GetAttribute("data-module").ShouldBe("govuk-button");
        button.GetAttribute("data-prevent-double-click").ShouldBe("true");
        button.TextContent.ShouldBe("Save and continue");
    }

    [Fact]
    public void Button_keeps_its_own_attributes_and_takes_a_variant()
    {
        var helper = new GovUkButtonTagHelper { Variant = "secondary" };

        var body = Render(helper, "govuk-button", [new TagHelperAttribute("name", "action"), new TagHelperAttribute("value", "draft"), new TagHelperAttribute("type", "button")]);

        var button = body.QuerySelector("button")!;
        button.ClassList.ShouldBe(["govuk-button", "govuk-button--secondary"], ignoreOrder: true);
        button.GetAttribute("name").ShouldBe("action");
        button.GetAttribute("value").ShouldBe("draft");
        button.GetAttribute("type").ShouldBe("button");
    }

    [Fact]
    public void Button_with_href_is_a_link_styled_as_a_button()
    {
        var body = Render(new GovUkButtonTagHelper { Href = "/referrals/new" }, "govuk-button", childContent: "Start a new referral");

        var link = body.QuerySelector("a.govuk-button")!;
        link.GetAttribute("href").ShouldBe("/referrals/new");
        link.GetAttribute("role").ShouldBe("button");
        link.HasAttribute("data-prevent-double-click").ShouldBeFalse();
    }
}

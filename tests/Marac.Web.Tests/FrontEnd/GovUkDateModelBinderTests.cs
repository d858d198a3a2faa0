using System.Globalization;
using Marac.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Primitives;
using static Marac.Web.Tests.FrontEnd.TagHelperHarness;

namespace Marac.Web.Tests.FrontEnd;

public class GovUkDateModelBinderTests
{
    private static async Task<(ModelBindingResult Result, ModelStateDictionary ModelState)> Bind(string property, string modelName, params (string Key, string Value)[] form)
    {
        var metadata = Metadata.GetMetadataForProperty(typeof(TestForm), property);
        var values = new FormCollection(form.ToDictionary(f => f.Key, f => new StringValues(f.Value)));
        var valueProvider = new FormValueProvider(BindingSource.Form, values, CultureInfo.InvariantCulture);
        var actionContext = new ActionContext(new DefaultHttpContext { RequestServices = Services }, new RouteData(), new ActionDescriptor());
        var context = DefaultModelBindingContext.CreateBindingContext(actionContext, valueProvider, metadata, bindingInfo: null, modelName);
        var binder = new GovUkDateModelBinderProvider().GetBinder(new TestProviderContext(metadata))!;
        await binder.BindModelAsync(context);
        return (context.Result, context.ModelState);
    }

    [Fact]
    public async Task Binds_a_real_date_and_leaves_model_state_valid()
    {
        var (result, modelState) = await Bind(nameof(TestForm.DateOfBirth), "Victim.DateOfBirth",
            ("Victim.DateOfBirth.Day", " 7 "), ("Victim.DateOfBirth.Month", "03"), ("Victim.DateOfBirth.Year", "1980"));

        result.IsModelSet.ShouldBeTrue();
        result.Model.ShouldBe(new DateOnly(1980, 3, 7));
        modelState.IsValid.ShouldBeTrue();
        modelState["Victim.DateOfBirth.Day"]!.AttemptedValue.ShouldBe(" 7 ");
    }

    [Fact]
    public async Task Accepts_month_names()
    {
        var (result, _) = await Bind(nameof(TestForm.DateOfBirth), "DateOfBirth",
            ("DateOfBirth.Day", "1"), ("DateOfBirth.Month", "Feb"), ("DateOfBirth.Year", "2024"));

        result.Model.ShouldBe(new DateOnly(2024, 2, 1));
    }

    [Fact]
    public async Task Thirty_first_of_February_is_not_a_real_date_and_what_was_typed_is_kept()
    {
        var (result, modelState) = await Bind(nameof(TestForm.DateOfBirth), "DateOfBirth",
            ("DateOfBirth.Day", "31"), ("DateOfBirth.Month", "2"), ("DateOfBirth.Year", "1980"));

        result.IsModelSet.ShouldBeFalse();
        modelState.IsValid.ShouldBeFalse();
        modelState["DateOfBirth"]!.Errors.Select(e => e.ErrorMessage).ShouldBe(["Date of birth must be a real date"]);
        modelState["DateOfBirth.Day"]!.AttemptedValue.ShouldBe("31");
        modelState["DateOfBirth.Month"]!.AttemptedValue.ShouldBe("2");
        modelState["DateOfBirth.Year"]!.AttemptedValue.ShouldBe("1980");
        GovUkErrorSummaryTagHelper.ErrorsOf(modelState).ShouldBe([new GovUkErrorLink("Date of birth must be a real date", "#DateOfBirth_Day")]);
    }

    [Theory]
    [InlineData("", "2", "1980", "Date of birth must include a day")]
    [InlineData("1", "", "", "Date of birth must include a month and year")]
    [InlineData("1", "2", "80", "Date of birth year must include 4 numbers")]
    [InlineData("1", "Smarch", "1980", "Date of birth must be a real date")]
    [InlineData("0", "2", "1980", "Date of birth must be a real date")]
    public async Task Explains_what_is_wrong_in_GOV_UK_words(string day, string month, string year, string message)
    {
        var (_, modelState) = await Bind(nameof(TestForm.DateOfBirth), "DateOfBirth",
            ("DateOfBirth.Day", day), ("DateOfBirth.Month", month), ("DateOfBirth.Year", year));

        modelState["DateOfBirth"]!.Errors.Single().ErrorMessage.ShouldBe(message);
    }

    [Fact]
    public async Task Nothing_typed_is_null_for_an_optional_date()
    {
        var (result, modelState) = await Bind(nameof(TestForm.DateOfBirth), "DateOfBirth",
            ("DateOfBirth.Day", ""), ("DateOfBirth.Month", ""), ("DateOfBirth.Year", ""));

        result.IsModelSet.ShouldBeTrue();
        result.Model.ShouldBeNull();
        modelState.IsValid.ShouldBeTrue();
    }

    [Fact]
    public async Task Nothing_typed_is_an_error_for_a_date_that_cannot_be_null()
    {
        var (_, modelState) = await Bind(nameof(TestForm.ReferralDate), "ReferralDate",
            ("ReferralDate.Day", ""), ("ReferralDate.Month", ""), ("ReferralDate.Year", ""));

        modelState["ReferralDate"]!.Errors.Single().ErrorMessage.ShouldBe("Enter referral date");
    }

    [Fact]
    public async Task Nothing_typed_uses_the_Required_message_when_there_is_one()
    {
        var (_, modelState) = await Bind(nameof(TestForm.MeetingDate), "MeetingDate",
            ("MeetingDate.Day", ""), ("MeetingDate.Month", ""), ("MeetingDate.Year", ""));

        modelState["MeetingDate"]!.Errors.Single().ErrorMessage.ShouldBe("Enter the date of the meeting");
    }

    [Fact]
    public async Task A_single_value_still_binds_when_the_three_fields_are_absent()
    {
        var (result, _) = await Bind(nameof(TestForm.DateOfBirth), "DateOfBirth", ("DateOfBirth", "2025-01-31"));

        result.Model.ShouldBe(new DateOnly(2025, 1, 31));
    }

    [Fact]
    public void The_provider_only_binds_DateOnly_from_non_greedy_sources()
    {
        var provider = new GovUkDateModelBinderProvider();

        provider.GetBinder(new TestProviderContext(Metadata.GetMetadataForProperty(typeof(TestForm), nameof(TestForm.LastName)))).ShouldBeNull();
        provider.GetBinder(new TestProviderContext(Metadata.GetMetadataForProperty(typeof(TestForm), nameof(TestForm.ReferralDate)))).ShouldNotBeNull();
        provider.GetBinder(new TestProviderContext(Metadata.GetMetadataForProperty(typeof(TestForm), nameof(TestForm.ReferralDate)), BindingSource.Body)).ShouldBeNull();
    }

    private sealed class TestProviderContext(ModelMetadata metadata, BindingSource? source = null) : ModelBinderProviderContext
    {
        public override BindingInfo BindingInfo { get; } = new() { BindingSource = source };

        public override ModelMetadata Metadata { get; } = metadata;

        public override IModelMetadataProvider MetadataProvider => TagHelperHarness.Metadata;

        public override IServiceProvider Services => TagHelperHarness.Services;

        public override IModelBinder CreateBinder(ModelMetadata metadata) => throw new NotSupportedException();
    }
}

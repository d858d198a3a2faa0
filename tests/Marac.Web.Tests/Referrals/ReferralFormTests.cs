using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Marac.Data.Entities;
using Marac.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Tests.Referrals;

/// <summary>
/// The referral form as a referrer meets it: a complete referral is saved once, and every kind of
/// bad input gets a clear message by the field, keeps what was typed, and never a 500.
/// </summary>
[Collection(SharedAppCollection.Name)]
public sealed partial class ReferralFormTests(MaracWebFactory app)
{
    private const string NewReferral = "/referrals/new";
    private const string SubmitButton = "button[value=Submit]";
    private const string ReferralFormSelector = "form[data-referral-form]";

    [Fact]
    public async Task A_complete_referral_is_submitted_and_shown_with_its_reference()
    {
        using var client = app.CreateClientAs(AppRoles.Referrer);

        using var response = await client.SubmitFormAsync(NewReferral, ValidReferral("Łucja", "Wiśniewska"), formSelector: ReferralFormSelector, submitButton: SubmitButton);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var details = await client.GetPageAsync(response.RedirectTarget()!);
        details.QuerySelector("h1")!.TextContent.ShouldBe("Łucja Wiśniewska");
        details.QuerySelector(".govuk-caption-l")!.TextContent.ShouldMatch(@"Referral MRC-\d{4}-\d{5}");
        details.Body!.TextContent.ShouldContain("Submitted");
    }

    [Fact]
    public async Task The_contents_list_links_to_each_section_of_the_form_in_order()
    {
        using var client = app.CreateClientAs(AppRoles.Referrer);

        var page = await client.GetPageAsync(NewReferral);

        var links = page.QuerySelectorAll("#form-contents a").Select(a => (Target: a.GetAttribute("href")!.TrimStart('#'), a.TextContent)).ToList();
        var headings = page.QuerySelectorAll("form[data-referral-form] h2").Select(h => (Target: h.Id!, h.TextContent)).ToList();
        links.ShouldBe(headings);
        links.Count.ShouldBe(8);
    }

    [Fact]
    public async Task Submitting_the_same_form_twice_creates_one_referral()
    {
        using var client = app.CreateClientAs(AppRoles.Referrer);
        var page = await client.GetPageAsync(NewReferral);
        var values = ValidReferral("Double", $"Click{Guid.NewGuid():N}"[..20]);
        var surname = values.Single(v => v.Key == "Form.Victim.FamilyName").Value;

        using var first = await client.SubmitFormAsync(page, NewReferral, values, formSelector: ReferralFormSelector, submitButton: SubmitButton);
        using var second = await client.SubmitFormAsync(page, NewReferral, values, formSelector: ReferralFormSelector, submitButton: SubmitButton);

        second.RedirectTarget().ShouldBe(first.RedirectTarget());
        (await app.WithDbAsync(db => db.Referrals.CountAsync(r => r.Victim.FamilyName == surname))).ShouldBe(1);
    }

    [Fact]
    public async Task The_31st_of_February_is_refused_and_what_was_typed_is_kept()
    {
        using var client = app.CreateClientAs(AppRoles.Referrer);
        var values = ValidReferral("Amy", "Feb").Where(v => !v.Key.StartsWith("Form.Victim.DateOfBirth", StringComparison.Ordinal))
            .Concat([new("Form.Victim.DateOfBirth.Day", "31"), new("Form.Victim.DateOfBirth.Month", "2"), new("Form.Victim.DateOfBirth.Year", "1990")]);

        var page = await ShowsErrorsAsync(client, values);

        ErrorSummary(page).ShouldContain(m => m.Contains("real date", StringComparison.Ordinal));
        ((IHtmlInputElement)page.QuerySelector("[name='Form.Victim.DateOfBirth.Day']")!).Value.ShouldBe("31");
        ((IHtmlInputElement)page.QuerySelector("[name='Form.Perpetrators[0].GivenName']")!).Value.ShouldBe("Darren");
    }

    [Fact]
    public async Task A_date_of_birth_in_the_future_is_refused()
    {
        using var client = app.CreateClientAs(AppRoles.Referrer);
        var next = DateTime.UtcNow.AddYears(1);
        var values = ValidReferral("Amy", "Future").Where(v => !v.Key.StartsWith("Form.Victim.DateOfBirth", StringComparison.Ordinal))
            .Concat([new("Form.Victim.DateOfBirth.Day", "1"), new("Form.Victim.DateOfBirth.Month", "1"), new("Form.Victim.DateOfBirth.Year", next.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

        var page = await ShowsErrorsAsync(client, values);

        ErrorSummary(page).ShouldContain("The victim's date of birth must be today or in the past");
    }

    [Fact]
    public async Task Over_long_text_is_refused_with_the_limit_and_kept_in_the_box()
    {
        using var client = app.CreateClientAs(AppRoles.Referrer);
        var longName = new string('a', 101);
        var longNarrative = new string('b', 4001);
        var values = With(ValidReferral("Amy", "Long"), ("Form.Victim.GivenName", longName), ("Form.RiskNarrative", longNarrative));

        var page = await ShowsErrorsAsync(client, values);

        ErrorSummary(page).ShouldContain("First names must be 100 characters or fewer");
        ErrorSummary(page).ShouldContain("The risk summary must be 4000 characters or fewer");
        ((IHtmlInputElement)page.QuerySelector("[name='Form.Victim.GivenName']")!).Value.ShouldBe(longName);
        page.QuerySelector("[name='Form.RiskNarrative']")!.TextContent.Trim().ShouldBe(longNarrative);
    }

    [Fact]
    public async Task Missing_essentials_are_each_named_in_the_error_summary_with_a_link_to_the_field()
    {
        using var client = app.CreateClientAs(AppRoles.Referrer);
        var values = With(ValidReferral("", ""), ("Form.ReferrerName", ""), ("Form.Perpetrators[0].GivenName", ""), ("Form.Perpetrators[0].FamilyName", ""));

        var page = await ShowsErrorsAsync(client, values);

        ErrorSummary(page).ShouldBe(["Enter your name", "Enter the victim's first name", "Enter the victim's last name", "Enter at least one perpetrator"], ignoreOrder: true);
        foreach (var link in page.QuerySelectorAll(".govuk-error-summary a"))
        {
            page.QuerySelector(link.GetAttribute("href")!).ShouldNotBeNull($"the error link {link.GetAttribute("href")} points at a field on the page");
        }
    }

    [Fact]
    public async Task Professional_judgement_needs_reasons_and_escalation_needs_enough_incidents()
    {
        using var client = app.CreateClientAs(AppRoles.Referrer);
        var values = With(ValidReferral("Amy", "Criteria", yesAnswers: 5),
            ("Form.ProfessionalJudgement", "true"), ("Form.PotentialEscalation", "true"), ("Form.IncidentsInLast12Months", "1"));

        var page = await ShowsErrorsAsync(client, values);

        ErrorSummary(page).ShouldContain("Explain why your professional judgement is that this case needs MARAC");
        ErrorSummary(page).ShouldContain("Potential escalation needs 3 or more incidents in the past 12 months");
    }

    [Fact]
    public async Task A_case_below_14_with_no_other_criterion_is_told_which_criteria_it_lacks()
    {
        using var client = app.CreateClientAs(AppRoles.Referrer);

        var page = await ShowsErrorsAsync(client, ValidReferral("Amy", "Below", yesAnswers: 9));

        ErrorSummary(page).ShouldContain(m => m.StartsWith("Select the referral criteria the case meets: the risk checklist has 9 'yes' answers", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Script_and_markup_in_names_are_shown_as_text()
    {
        using var client = app.CreateClientAs(AppRoles.Referrer);
        const string markup = "<script>alert(1)</script><b>Bold</b>";

        using var response = await client.SubmitFormAsync(NewReferral, ValidReferral(markup, "O'Neill"), formSelector: ReferralFormSelector, submitButton: SubmitButton);

        var html = await (await client.GetAsync(response.RedirectTarget())).Content.ReadAsStringAsync();
        html.ShouldNotContain("<script>alert(1)</script>");
        html.ShouldNotContain("<b>Bold</b>");
        html.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    [Theory]
    [InlineData("Łucja", "Wiśniewska-Żółć")]
    [InlineData("فاطمة", "الحسيني")]
    [InlineData("美玲", "陈")]
    public async Task Names_in_any_script_are_saved_and_shown_as_typed(string given, string family)
    {
        using var client = app.CreateClientAs(AppRoles.Referrer);

        using var response = await client.SubmitFormAsync(NewReferral, ValidReferral(given, family), formSelector: ReferralFormSelector, submitButton: SubmitButton);

        var page = await client.GetPageAsync(response.RedirectTarget()!);
        page.QuerySelector("h1")!.TextContent.ShouldBe($"{given} {family}");
    }

    [Fact]
    public async Task A_tampered_risk_question_or_agency_is_refused_and_nothing_is_saved()
    {
        using var client = app.CreateClientAs(AppRoles.Referrer);
        var surname = $"Tamper{Guid.NewGuid():N}"[..20];
        var values = With(ValidReferral("Amy", surname), ("Form.RiskAnswers[0].QuestionNumber", "99"), ("Form.ReferringAgencyIds", "999999"));

        var page = await ShowsErrorsAsync(client, values);

        ErrorSummary(page).ShouldContain("The risk checklist could not be read. Reload the page and try again");
        ErrorSummary(page).ShouldContain("Select referring agencies from the list");
        (await app.WithDbAsync(db => db.Referrals.CountAsync(r => r.Victim.FamilyName == surname))).ShouldBe(0);
    }

    [Fact]
    public async Task Editing_someone_elses_draft_by_changing_the_id_is_refused_and_audited()
    {
        using var owner = app.CreateClientAs(AppRoles.Referrer);
        using var draft = await owner.SubmitFormAsync(NewReferral, ValidReferral("Amy", "Draft"), formSelector: ReferralFormSelector, submitButton: "button[value=SaveDraft]");
        var editUrl = draft.RedirectTarget()!;
        var id = int.Parse(DigitsInPath().Match(editUrl).Value, System.Globalization.CultureInfo.InvariantCulture);
        using var other = app.CreateClientAs(AppRoles.AgencyRepresentative);
        var before = await app.LastAuditSequenceAsync();

        using var get = await other.GetAsync(editUrl);
        using var post = await other.PostAsync(editUrl + "?handler=Submit", new FormUrlEncodedContent(ValidReferral("Changed", "ByOther")));

        get.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        post.StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.BadRequest);
        (await app.AuditEventsAfterAsync(before)).ShouldContain(e => e.Action == AuditAction.Refused && e.ReferralId == id);
        (await app.WithDbAsync(db => db.Referrals.Where(r => r.Id == id).Select(r => r.Victim.GivenName).SingleAsync())).ShouldBe("Amy");
    }

    [Fact]
    public async Task A_saved_draft_can_be_completed_and_submitted_later()
    {
        using var client = app.CreateClientAs(AppRoles.Referrer);
        using var draft = await client.SubmitFormAsync(NewReferral, With(ValidReferral("Amy", "Later"), ("Form.ReferrerName", "")), formSelector: ReferralFormSelector, submitButton: "button[value=SaveDraft]");
        draft.StatusCode.ShouldBe(HttpStatusCode.Redirect, "a draft is saved even when it is incomplete");
        var editUrl = draft.RedirectTarget()!;

        using var submitted = await client.SubmitFormAsync(editUrl, [new("Form.ReferrerName", "Pat Referrer")], formSelector: ReferralFormSelector, submitButton: SubmitButton);

        submitted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetPageAsync(submitted.RedirectTarget()!)).Body!.TextContent.ShouldContain("Submitted");
    }

    private async Task<IHtmlDocument> ShowsErrorsAsync(HttpClient client, IEnumerable<KeyValuePair<string, string>> values)
    {
        using var response = await client.SubmitFormAsync(NewReferral, values, formSelector: ReferralFormSelector, submitButton: SubmitButton);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, "a form with mistakes is shown again, never a 500 or a save");
        return await HtmlPages.ParseAsync(response);
    }

    private static List<string> ErrorSummary(IHtmlDocument page) =>
        page.QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.TextContent.Trim()).ToList();

    private static List<KeyValuePair<string, string>> With(IEnumerable<KeyValuePair<string, string>> values, params (string Key, string Value)[] changes)
    {
        var list = values.Where(v => changes.All(c => c.Key != v.Key)).ToList();
        list.AddRange(changes.Select(c => new KeyValuePair<string, string>(c.Key, c.Value)));
        return list;
    }

    /// <summary>Everything a referrer fills in for a visible-high-risk referral.</summary>
    internal static List<KeyValuePair<string, string>> ValidReferral(string given, string family, int yesAnswers = 15)
    {
        var values = new List<KeyValuePair<string, string>>
        {
            new("Form.ReferrerName", "Pat Referrer"),
            new("Form.ReferrerPhone", "024 7600 0000"),
            new("Form.Victim.GivenName", given),
            new("Form.Victim.FamilyName", family),
            new("Form.Victim.DateOfBirth.Day", "27"),
            new("Form.Victim.DateOfBirth.Month", "3"),
            new("Form.Victim.DateOfBirth.Year", "1990"),
            new("Form.Victim.Gender", "Female"),
            new("Form.Perpetrators[0].GivenName", "Darren"),
            new("Form.Perpetrators[0].FamilyName", "Example"),
            new("Form.ConsentGiven", "Yes"),
            new("Form.VictimAwareOfReferral", "Yes"),
        };
        for (var i = 0; i < 24; i++)
        {
            values.Add(new($"Form.RiskAnswers[{i}].Answer", i < yesAnswers ? "Yes" : "No"));
        }
        return values;
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex DigitsInPath();
}

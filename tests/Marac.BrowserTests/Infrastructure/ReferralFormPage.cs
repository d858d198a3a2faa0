using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Marac.BrowserTests.Infrastructure;

/// <summary>
/// The referral form (/referrals/new), driven with the mouse and the keyboard as a referrer would.
/// Fields whose label repeats on the page ("First names" for the victim, each perpetrator and each
/// child) are found by the id the form gives them, which is what their label points at.
/// </summary>
public sealed class ReferralFormPage(BrowserSession session)
{
    private IPage Page => session.Page;

    /// <summary>From the home page, follows "Start a new referral" to an empty form.</summary>
    public static async Task<ReferralFormPage> StartFromHomeAsync(BrowserSession session)
    {
        await session.Page.GetByRole(AriaRole.Link, new() { Name = "Start a new referral" }).ClickAsync();
        await session.Page.WaitForURLAsync("**/referrals/new");
        await session.CheckPageAsync("new-referral-form");
        await Expect(session.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("New MARAC referral");
        return new ReferralFormPage(session);
    }

    /// <summary>The control bound to a form field name, such as <c>Form.Victim.GivenName</c>.</summary>
    public ILocator Field(string name) => Page.Locator("#" + IdFor(name));

    /// <summary>The error message shown by a field (GOV.UK puts it between the label and the control).</summary>
    public ILocator ErrorBy(string name) => Page.Locator($"#{IdFor(name)}-error");

    public ILocator ReferringAgencies => Page.GetByRole(AriaRole.Group, new() { Name = "Referring agencies" });

    public ILocator RiskCount => Page.Locator("[data-risk-count]");

    public ILocator RiskBand => Page.Locator("[data-risk-band]");

    /// <summary>Clicks into the first field and types, then tabs to the next and types, as a fast typist does.</summary>
    public async Task TypeThenTabAsync(string firstField, params string[] texts)
    {
        await Field(firstField).ClickAsync();
        for (var i = 0; i < texts.Length; i++)
        {
            if (i > 0)
            {
                await Page.Keyboard.PressAsync("Tab");
            }
            await Page.Keyboard.TypeAsync(texts[i]);
        }
    }

    /// <summary>Types a GOV.UK date (day, month, year) with the keyboard, tabbing between the boxes.</summary>
    public Task TypeDateAsync(string field, string day, string month, string year) =>
        TypeThenTabAsync($"{field}.Day", day, month, year);

    public async Task TypeVictimAsync(string firstNames, string lastName)
    {
        await TypeThenTabAsync("Form.Victim.GivenName", firstNames, lastName);
    }

    public async Task FillPerpetratorAsync(int index, string firstNames, string lastName, string relationship)
    {
        await Field($"Form.Perpetrators[{index}].GivenName").FillAsync(firstNames);
        await Field($"Form.Perpetrators[{index}].FamilyName").FillAsync(lastName);
        await Field($"Form.Perpetrators[{index}].RelationshipToVictim").FillAsync(relationship);
    }

    /// <summary>"Add a child" posts the form and shows it again with a new, empty child.</summary>
    public async Task AddChildAsync(string step)
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add a child" }).ClickAsync();
        await session.CheckPageAsync(step);
    }

    public async Task FillChildAsync(int index, string firstNames, string lastName, string relationship)
    {
        await Field($"Form.Children[{index}].GivenName").FillAsync(firstNames);
        await Field($"Form.Children[{index}].FamilyName").FillAsync(lastName);
        await Field($"Form.Children[{index}].RelationshipToVictim").FillAsync(relationship);
    }

    /// <summary>
    /// Answers a risk-checklist question 'Yes': odd-numbered questions with the mouse, even-numbered
    /// ones with the keyboard (focus the radio button, press Space).
    /// </summary>
    public async Task AnswerYesAsync(int questionIndex)
    {
        var yes = Page.Locator(".marac-risk-question").Nth(questionIndex).GetByRole(AriaRole.Radio, new() { Name = "Yes", Exact = true });
        if (questionIndex % 2 == 0)
        {
            await yes.ClickAsync();
        }
        else
        {
            await yes.FocusAsync();
            await Page.Keyboard.PressAsync("Space");
        }
        await Expect(yes).ToBeCheckedAsync();
    }

    /// <summary>Answers 'No' to every risk question not yet answered (the checklist must be complete to submit).</summary>
    public async Task AnswerTheRestNoAsync()
    {
        var questions = Page.Locator(".marac-risk-question");
        for (var i = 0; i < await questions.CountAsync(); i++)
        {
            var question = questions.Nth(i);
            if (await question.Locator("input[type=radio]:checked").CountAsync() == 0)
            {
                await question.GetByRole(AriaRole.Radio, new() { Name = "No", Exact = true }).CheckAsync();
            }
        }
    }

    public async Task AnswerAsync(string question, string answer)
    {
        var group = Page.GetByRole(AriaRole.Group, new() { Name = question, Exact = true });
        await group.GetByRole(AriaRole.Radio, new() { Name = answer, Exact = true }).CheckAsync();
    }

    /// <summary>The professional-judgement criterion with its reasons: enough for a referral without 14 'yes' answers.</summary>
    public async Task UseProfessionalJudgementAsync(string reasons)
    {
        await Page.GetByRole(AriaRole.Checkbox, new() { Name = "My professional judgement is that this case needs MARAC" }).CheckAsync();
        await Field("Form.ProfessionalJudgementReasons").FillAsync(reasons);
    }

    public async Task ConsentGivenAsync()
    {
        await AnswerAsync("Is the victim aware of this referral?", "Yes");
        await AnswerAsync("Has the victim consented to information being shared?", "Yes");
    }

    public ILocator SubmitButton => Page.GetByRole(AriaRole.Button, new() { Name = "Submit referral" });

    /// <summary>Submits and waits for the page the app answers with (the referral, or the form with errors).</summary>
    public async Task SubmitAsync(string step)
    {
        await SubmitButton.ClickAsync();
        await session.CheckPageAsync(step);
    }

    private static string IdFor(string name) =>
        name.Replace('.', '_').Replace('[', '_').Replace(']', '_');
}

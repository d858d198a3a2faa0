using System.Net;
using Marac.Data.Entities;
using Marac.Data.Referrals;
using Marac.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Tests.Referrals;

/// <summary>
/// A victim referred again: the coordinator is shown the earlier referral, confirms or rejects the
/// match with a reason, and the repeat status follows; links and merges can be undone.
/// </summary>
[Collection(SharedAppCollection.Name)]
public sealed class RepeatJourneyTests(MaracWebFactory app)
{
    private const string DecisionForm = "form:has(button[value=ConfirmMatch])";

    [Fact]
    public async Task A_re_spelt_re_referral_is_offered_confirmed_as_a_repeat_and_can_be_undone()
    {
        var earlier = await RecentHeardReferralAsync(0);
        var newId = await ReferAgainAsync(earlier, earlier.Given.ToUpperInvariant(), earlier.Family);
        using var coordinator = app.CreateClientAs(AppRoles.Coordinator);

        var page = await coordinator.GetPageAsync($"/referrals/{newId}");
        var sameVictim = await app.WithDbAsync(db => db.Referrals
            .Where(r => r.Victim.SubjectId == db.Referrals.Where(e => e.Id == earlier.Id).Select(e => e.Victim.SubjectId).First())
            .Select(r => r.Reference).ToListAsync());
        var offered = page.QuerySelector(".govuk-summary-card__title")!.TextContent;
        sameVictim.ShouldContain(reference => offered.Contains(reference, StringComparison.Ordinal),
            "an earlier referral of the same victim is offered as a likely match");
        (await IsRepeatAsync(newId)).ShouldBeFalse("nothing is linked until a coordinator confirms");

        using var confirm = await coordinator.SubmitFormAsync(page, $"/referrals/{newId}",
            [new("Reason", "Same name, date of birth and perpetrator; IDVA confirmed")], DecisionForm, "button[value=ConfirmMatch]");
        confirm.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await IsRepeatAsync(newId)).ShouldBeTrue("the same victim and perpetrator within 12 months is a repeat");
        var confirmed = await coordinator.GetPageAsync($"/referrals/{newId}");
        confirmed.QuerySelectorAll(".govuk-tag").Select(t => t.TextContent.Trim()).ShouldContain("Repeat");

        using var undo = await coordinator.SubmitFormAsync(confirmed, $"/referrals/{newId}", formSelector: "form:has(button[value=UndoMatch])", submitButton: "button[value=UndoMatch]");
        undo.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await IsRepeatAsync(newId)).ShouldBeFalse("undoing the link restores the earlier identity");
    }

    [Fact]
    public async Task A_rejected_match_needs_a_reason_and_is_not_offered_again()
    {
        var earlier = await RecentHeardReferralAsync(1);
        var newId = await ReferAgainAsync(earlier, earlier.Given, earlier.Family);
        using var coordinator = app.CreateClientAs(AppRoles.Coordinator);
        var page = await coordinator.GetPageAsync($"/referrals/{newId}");

        using var noReason = await coordinator.SubmitFormAsync(page, $"/referrals/{newId}", [new("Reason", "")], DecisionForm, "button[value=RejectMatch]");
        noReason.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await HtmlPages.ParseAsync(noReason)).QuerySelector(".govuk-error-summary")!.TextContent.ShouldContain("Enter the reason for your decision");

        using var reject = await coordinator.SubmitFormAsync(page, $"/referrals/{newId}", [new("Reason", "Different person: IDVA checked")], DecisionForm, "button[value=RejectMatch]");
        reject.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var after = await coordinator.GetPageAsync($"/referrals/{newId}");
        after.QuerySelector(DecisionForm).ShouldBeNull("a rejected match is not offered again");
        after.Body!.TextContent.ShouldContain("Different person: IDVA checked");
    }

    [Fact]
    public async Task A_second_referral_within_14_days_can_be_merged_into_one_joint_referral_and_separated_again()
    {
        var agencies = await app.WithDbAsync(db => db.Agencies.Where(a => a.IsActive).OrderBy(a => a.Id).Select(a => a.Id).Take(2).ToListAsync());
        var first = await ReferAsync("Merve", $"Joint{Guid.NewGuid():N}"[..18], agencies[0]);
        var second = await ReferAsync(first.Given, first.Family, agencies[1]);
        using var coordinator = app.CreateClientAs(AppRoles.Coordinator);
        var page = await coordinator.GetPageAsync($"/referrals/{second.Id}");
        using var confirm = await coordinator.SubmitFormAsync(page, $"/referrals/{second.Id}", [new("Reason", "Same victim referred by health and police")], DecisionForm, "button[value=ConfirmMatch]");
        confirm.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var linked = await coordinator.GetPageAsync($"/referrals/{second.Id}");
        using var merge = await coordinator.SubmitFormAsync(linked, $"/referrals/{second.Id}", formSelector: "form:has(button[value=Merge])", submitButton: "button[value=Merge]");

        merge.RedirectTarget().ShouldBe($"/referrals/{first.Id}");
        (await AgencyCountAsync(first.Id)).ShouldBe(2, "the joint referral counts both agencies");
        (await StatusAsync(second.Id)).ShouldBe(ReferralStatus.Merged);

        var merged = await coordinator.GetPageAsync($"/referrals/{second.Id}");
        using var undo = await coordinator.SubmitFormAsync(merged, $"/referrals/{second.Id}", formSelector: "form:has(button[value=UndoMerge])", submitButton: "button[value=UndoMerge]");
        undo.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await AgencyCountAsync(first.Id)).ShouldBe(1);
        (await StatusAsync(second.Id)).ShouldBe(ReferralStatus.Submitted);
    }

    private sealed record EarlierReferral(int Id, string Reference, string Given, string Family, DateOnly Dob, string PerpetratorGiven, string PerpetratorFamily);

    private Task<EarlierReferral> RecentHeardReferralAsync(int skip) => app.WithDbAsync(async db =>
    {
        var since = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-10);
        var referral = await db.Referrals
            .Where(r => r.Status == ReferralStatus.Heard && r.ReferralDate >= since && r.Victim.DateOfBirth != null && r.Perpetrators.Count == 1)
            .OrderBy(r => r.Id).Skip(skip)
            .Select(r => new { r.Id, r.Reference, r.Victim.GivenName, r.Victim.FamilyName, r.Victim.DateOfBirth, Perpetrator = r.Perpetrators.Select(p => p.Person).First() })
            .FirstAsync();
        return new EarlierReferral(referral.Id, referral.Reference, referral.GivenName, referral.FamilyName, referral.DateOfBirth!.Value,
            referral.Perpetrator.GivenName, referral.Perpetrator.FamilyName);
    });

    private async Task<int> ReferAgainAsync(EarlierReferral earlier, string given, string family)
    {
        using var client = app.CreateClientAs(AppRoles.Referrer);
        var values = ReferralFormTests.ValidReferral(given, family)
            .Where(v => !v.Key.StartsWith("Form.Victim.DateOfBirth", StringComparison.Ordinal) && !v.Key.StartsWith("Form.Perpetrators[0]", StringComparison.Ordinal))
            .Concat(
            [
                new("Form.Victim.DateOfBirth.Day", earlier.Dob.Day.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new("Form.Victim.DateOfBirth.Month", earlier.Dob.Month.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new("Form.Victim.DateOfBirth.Year", earlier.Dob.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new("Form.Perpetrators[0].GivenName", earlier.PerpetratorGiven),
                new("Form.Perpetrators[0].FamilyName", earlier.PerpetratorFamily),
            ]);
        using var response = await client.SubmitFormAsync("/referrals/new", values, "form[data-referral-form]", "button[value=Submit]");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return int.Parse(response.RedirectTarget()!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<(int Id, string Given, string Family)> ReferAsync(string given, string family, int agencyId)
    {
        using var client = app.CreateClientAs(AppRoles.Referrer);
        var values = ReferralFormTests.ValidReferral(given, family).Append(new("Form.ReferringAgencyIds", agencyId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        using var response = await client.SubmitFormAsync("/referrals/new", values, "form[data-referral-form]", "button[value=Submit]");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return (int.Parse(response.RedirectTarget()!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture), given, family);
    }

    private Task<bool> IsRepeatAsync(int id) => app.WithDbAsync(db => db.Referrals.Where(r => r.Id == id).WhereRepeat(db.Referrals).AnyAsync());

    private Task<int> AgencyCountAsync(int id) => app.WithDbAsync(db => db.ReferralAgencies.CountAsync(a => a.ReferralId == id));

    private Task<ReferralStatus> StatusAsync(int id) => app.WithDbAsync(db => db.Referrals.Where(r => r.Id == id).Select(r => r.Status).SingleAsync());
}

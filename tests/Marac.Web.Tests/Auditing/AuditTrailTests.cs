using System.Globalization;
using System.Net;
using Marac.Data.Auditing;
using Marac.Data.Entities;
using Marac.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marac.Web.Tests.Auditing;

/// <summary>
/// The audit trail as an information-governance reviewer reads it: every view, change and refusal
/// leaves an event, events name fields but never hold values, the chain shows tampering, and a
/// search for a person leaves their name in no address and no log.
/// </summary>
[Collection(SharedAppCollection.Name)]
public sealed class AuditTrailTests(MaracWebFactory app)
{
    [Fact]
    public async Task Viewing_a_referral_is_audited_with_the_case_and_the_categories_shown()
    {
        var coordinator = await app.StaffAsync(DemoUsers.For(AppRoles.Coordinator).ObjectId);
        var referralId = await ReferralAsync(ReferralStatus.Heard);
        using var client = app.CreateClientAs(AppRoles.Coordinator);
        var before = await app.LastAuditSequenceAsync();

        using var response = await client.GetAsync($"/referrals/{referralId}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var view = (await app.AuditEventsAfterAsync(before)).ShouldHaveSingleItem();
        (view.Action, view.EntityType, view.ReferralId, view.UserId).ShouldBe((AuditAction.View, nameof(Referral), referralId, coordinator.Id));
        view.Detail.ShouldNotBeNullOrWhiteSpace("the event records which data categories were shown");
    }

    [Fact]
    public async Task A_referrer_asking_for_another_agencys_referral_gets_not_found_and_a_refusal_is_audited()
    {
        var referrer = await app.StaffAsync(DemoUsers.For(AppRoles.Referrer).ObjectId);
        var otherAgencys = await app.WithDbAsync(db => db.Referrals
            .Where(r => r.Status == ReferralStatus.Heard && !r.ReferringAgencies.Any(a => a.AgencyId == referrer.AgencyId))
            .OrderBy(r => r.Id).Select(r => r.Id).FirstAsync());
        using var client = app.CreateClientAs(AppRoles.Referrer);
        var before = await app.LastAuditSequenceAsync();

        using var response = await client.GetAsync($"/referrals/{otherAgencys}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain(await VictimNameAsync(otherAgencys));
        var refused = (await app.AuditEventsAfterAsync(before)).ShouldHaveSingleItem();
        (refused.Action, refused.ReferralId, refused.UserId).ShouldBe((AuditAction.Refused, otherAgencys, referrer.Id));
    }

    [Fact]
    public async Task A_coordinators_decision_is_audited_as_a_change_naming_the_fields_without_their_values()
    {
        var coordinator = await app.StaffAsync(DemoUsers.For(AppRoles.Coordinator).ObjectId);
        var referralId = await ReferralAsync(ReferralStatus.Submitted);
        using var client = app.CreateClientAs(AppRoles.Coordinator);
        var page = await client.GetPageAsync($"/referrals/{referralId}");
        var before = await app.LastAuditSequenceAsync();

        using var response = await client.SubmitFormAsync(page, $"/referrals/{referralId}",
            formSelector: "form[action*='handler=Accept']");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.WithDbAsync(db => db.Referrals.Where(r => r.Id == referralId).Select(r => r.Status).SingleAsync())).ShouldBe(ReferralStatus.Accepted);
        var change = (await app.AuditEventsAfterAsync(before)).ShouldHaveSingleItem();
        (change.Action, change.EntityType, change.ReferralId, change.UserId).ShouldBe((AuditAction.Change, nameof(Referral), referralId, coordinator.Id));
        var fields = change.Detail.ShouldNotBeNull().Split(',');
        fields.ShouldContain(nameof(Referral.Status));
        fields.ShouldBeSubsetOf(await PropertyNamesAsync<Referral>(), "the event names the changed fields and holds no values");
    }

    [Fact]
    public async Task Creating_a_referral_is_audited_with_field_names_and_no_personal_data()
    {
        var referrer = await app.StaffAsync(DemoUsers.For(AppRoles.Referrer).ObjectId);
        using var client = app.CreateClientAs(AppRoles.Referrer);
        var before = await app.LastAuditSequenceAsync();

        // Posted straight to the Save draft handler: this test is about the audit trail, and whether the
        // button reaches its handler is the authorisation matrix's and the referral form tests' concern.
        using var response = await client.SubmitFormAsync("/referrals/new",
            [new("Form.Victim.GivenName", "Zofia"), new("Form.Victim.FamilyName", "Przykładowska-Audytowa")],
            formSelector: "form[data-referral-form]", action: "/referrals/new?handler=SaveDraft");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var events = await app.AuditEventsAfterAsync(before);
        var created = events.Where(e => e.Action == AuditAction.Create && e.EntityType == nameof(Referral)).ShouldHaveSingleItem();
        created.UserId.ShouldBe(referrer.Id);
        created.Detail.ShouldNotBeNull().Split(',').ShouldBeSubsetOf(await PropertyNamesAsync<Referral>());
        var person = events.Where(e => e.Action == AuditAction.Create && e.EntityType == nameof(Person)).ShouldHaveSingleItem();
        person.Detail.ShouldNotBeNull().Split(',').ShouldContain(nameof(Person.FamilyName));
        foreach (var e in events)
        {
            string.Join('|', e.EntityId, e.Detail, e.Outcome, e.WithheldCategories).ShouldNotContain("Przykładowska", Case.Insensitive);
            e.Detail?.ShouldNotContain("Zofia", Case.Insensitive);
        }
    }

    [Fact]
    public async Task The_chain_check_passes_and_then_finds_an_altered_event()
    {
        using var client = app.CreateClientAs(AppRoles.Coordinator);
        (await client.GetAsync($"/referrals/{await ReferralAsync(ReferralStatus.Heard)}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var target = await app.WithDbAsync(db => db.AuditEvents.AsNoTracking().OrderByDescending(e => e.Sequence).Skip(1).FirstAsync());

        (await VerifyAsync()).ShouldBe(new AuditChainResult(true, await CountAsync(), null));
        try
        {
            await app.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE AuditEvents SET Detail = {"Identity"} WHERE Sequence = {target.Sequence}"));

            var broken = await VerifyAsync();

            broken.IsIntact.ShouldBeFalse();
            broken.FirstBrokenSequence.ShouldBe(target.Sequence);
        }
        finally
        {
            await app.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE AuditEvents SET Detail = {target.Detail} WHERE Sequence = {target.Sequence}"));
        }
        (await VerifyAsync()).IsIntact.ShouldBeTrue("restoring the original value mends the chain");
    }

    [Fact]
    public async Task Searching_for_a_victim_by_name_puts_the_name_in_no_address_and_no_log()
    {
        var referralId = await ReferralAsync(ReferralStatus.Heard);
        var victim = await app.WithDbAsync(db => db.Referrals.Where(r => r.Id == referralId)
            .Select(r => new { r.Victim.GivenName, r.Victim.FamilyName, r.Victim.DateOfBirth }).SingleAsync());
        var name = $"{victim.GivenName} {victim.FamilyName}";
        var secrets = new[] { name, victim.GivenName, victim.FamilyName, Uri.EscapeDataString(victim.FamilyName) }
            .Where(s => s.Length >= 3).Distinct().ToList();
        using var client = app.CreateClientAs(AppRoles.Coordinator);
        var logMark = app.Logs.Mark();
        var before = await app.LastAuditSequenceAsync();

        var search = new List<KeyValuePair<string, string>> { new("Search.Name", name) };
        if (victim.DateOfBirth is { } dob)
        {
            search.Add(new("Search.DateOfBirth.Day", dob.Day.ToString(CultureInfo.InvariantCulture)));
            search.Add(new("Search.DateOfBirth.Month", dob.Month.ToString(CultureInfo.InvariantCulture)));
            search.Add(new("Search.DateOfBirth.Year", dob.Year.ToString(CultureInfo.InvariantCulture)));
        }
        using var response = await client.SubmitFormAsync("/referrals", search, formSelector: "form#referral-search");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HtmlPages.ParseAsync(response);
        page.QuerySelector("table")!.TextContent.ShouldContain(victim.FamilyName, customMessage: "the search should find the victim, or this test proves nothing");
        var addresses = page.Urls().Append(response.RedirectTarget() ?? "").Append(response.RequestMessage!.RequestUri!.ToString()).ToList();
        foreach (var secret in secrets)
        {
            addresses.Where(a => Uri.UnescapeDataString(a).Contains(secret, StringComparison.OrdinalIgnoreCase)).ShouldBeEmpty($"'{secret}' is in an address");
        }
        var logged = app.Logs.Since(logMark);
        logged.ShouldNotBeEmpty("the request should have been logged, or this test proves nothing");
        foreach (var secret in secrets)
        {
            logged.Where(l => l.Text.Contains(secret, StringComparison.OrdinalIgnoreCase)).ShouldBeEmpty($"'{secret}' is in a log line");
        }
        if (victim.DateOfBirth is { } born)
        {
            logged.Where(l => l.Text.Contains(born.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal)).ShouldBeEmpty("the date of birth is in a log line");
        }
        var searched = (await app.AuditEventsAfterAsync(before)).ShouldHaveSingleItem();
        searched.Action.ShouldBe(AuditAction.Search);
        searched.Detail.ShouldNotBeNull().ShouldNotContain(victim.FamilyName, Case.Insensitive);
    }

    private Task<int> ReferralAsync(ReferralStatus status) =>
        app.WithDbAsync(db => db.Referrals.Where(r => r.Status == status).OrderByDescending(r => r.Id).Select(r => r.Id).FirstAsync());

    private Task<string> VictimNameAsync(int referralId) =>
        app.WithDbAsync(db => db.Referrals.Where(r => r.Id == referralId).Select(r => r.Victim.FamilyName).SingleAsync());

    private Task<HashSet<string>> PropertyNamesAsync<T>() =>
        app.WithDbAsync(db => Task.FromResult(db.Model.FindEntityType(typeof(T))!.GetProperties().Select(p => p.Name).ToHashSet()));

    private Task<AuditChainResult> VerifyAsync() => app.WithDbAsync(db => new AuditChainVerifier(db).VerifyAsync());

    private async Task<long> CountAsync() =>
        await app.WithDbAsync(db => db.AuditEvents.LongCountAsync());
}

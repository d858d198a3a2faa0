using AngleSharp.Html.Dom;
using ClosedXML.Excel;
using Marac.Data.Entities;
using Marac.Web.Features.Governance.SubjectAccess;
using Marac.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Marac.Web.Tests.Administration.AdminTestData;

namespace Marac.Web.Tests.Governance;

[Collection(SharedAppCollection.Name)]
public sealed class SubjectAccessTests(MaracWebFactory app)
{
    private const string Url = "/governance/subject-access";
    private const string SearchForm = "#subject-search";

    private static string Letters() => new(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(6).Select(c => (char)('k' + (c - 'a'))).ToArray());

    /// <summary>A case whose victim is recorded under one name, with an alias, a refuge address and a perpetrator.</summary>
    private async Task<(int Id, string Alias)> CaseAsync(string family)
    {
        var aliasFamily = "Fairweather" + Letters();
        var id = await app.WithDbAsync(async db =>
        {
            var referral = new Referral
            {
                Reference = $"SAR-{Letters()}",
                Status = ReferralStatus.Accepted,
                ReferralDate = new DateOnly(2025, 2, 3),
                SubmissionToken = Guid.NewGuid(),
                ReferrerName = "Rita Referrer",
                RiskNarrative = "=HYPERLINK(\"http://example.org\")",
                Victim = new Person
                {
                    GivenName = "Ysolde", FamilyName = family, DateOfBirth = new DateOnly(1991, 4, 5), Address = "1 Refuge Lane", Postcode = "CV1 2GT",
                    Aliases = [new PersonAlias { Name = $"Ysolde {aliasFamily}" }],
                },
                Perpetrators = [new ReferralPerpetrator { Person = new Person { GivenName = "Mallory", FamilyName = "Other" + Letters() } }],
            };
            db.Referrals.Add(referral);
            await db.SaveChangesAsync();
            return referral.Id;
        });
        return (id, aliasFamily);
    }

    private static Task<HttpResponseMessage> SearchAsync(HttpClient client, string given, string family) =>
        client.SubmitFormAsync(Url, [Field("Search.GivenName", given), Field("Search.FamilyName", family)], SearchForm);

    [Fact]
    public async Task A_coordinator_finds_a_person_under_an_alias_with_restricted_and_third_party_fields_flagged()
    {
        var family = "Quenby" + Letters();
        var (id, alias) = await CaseAsync(family);
        using var coordinator = app.CreateClientAs(AppRoles.Coordinator);
        var before = await app.LastAuditSequenceAsync();

        using var response = await SearchAsync(coordinator, "ysolde", alias.ToUpperInvariant());

        var page = await response.ShouldRedisplayAsync();
        page.QuerySelector("#result-count")!.TextContent.ShouldContain("1 case found");
        var table = page.QuerySelector($"#case-{Id(id)}").ShouldNotBeNull();
        Row(table, "Address").ShouldContain("1 Refuge Lane");
        Row(table, "Address").ShouldContain(ReviewReasons.Restricted);
        Row(table, "Postcode").ShouldContain(ReviewReasons.Restricted);
        Row(table, "Given name", section: "Perpetrator 1").ShouldContain(ReviewReasons.ThirdParty);
        Row(table, "Referrer name").ShouldContain(ReviewReasons.ThirdParty);
        Row(table, "Family name", section: "Victim (the person asking)").ShouldNotContain("Review before release");
        Row(table, "Family name", section: "Victim (the person asking)").ShouldContain("Identity");

        var audit = await app.AuditEventsAfterAsync(before);
        audit.ShouldContain(e => e.Action == AuditAction.Search && e.EntityType == "SubjectAccess" && e.Detail == "criteria: name");
        audit.ShouldContain(e => e.Action == AuditAction.View && e.ReferralId == id);
        audit.ShouldAllBe(e => !$"{e.Detail}{e.Outcome}{e.EntityId}{e.EntityType}".Contains("Ysolde", StringComparison.OrdinalIgnoreCase)
                               && !$"{e.Detail}{e.Outcome}{e.EntityId}".Contains(alias, StringComparison.OrdinalIgnoreCase));
        page.Urls().ShouldAllBe(u => !u.Contains(alias, StringComparison.OrdinalIgnoreCase) && !u.Contains("Ysolde", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_result_lists_who_received_the_persons_data_from_the_disclosure_audit_but_not_the_request_itself()
    {
        var family = "Quenby" + Letters();
        var (id, _) = await CaseAsync(family);
        using var coordinator = app.CreateClientAs(AppRoles.Coordinator);
        (await coordinator.GetAsync($"/referrals/{Id(id)}")).EnsureSuccessStatusCode();
        (await coordinator.GetAsync($"/referrals/{Id(id)}")).EnsureSuccessStatusCode();
        (await SearchAsync(coordinator, "Ysolde", family)).Dispose();

        using var response = await SearchAsync(coordinator, "Ysolde", family);

        var page = await response.ShouldRedisplayAsync();
        var rows = page.QuerySelectorAll("#recipients tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        var team = rows.ShouldHaveSingleItem();
        (team[0], team[3]).ShouldBe(("Coventry MARAC team", "2"), "two views of the referral; the searches are the request, not disclosures");
    }

    [Fact]
    public async Task A_different_date_of_birth_leaves_the_record_out()
    {
        var family = "Quenby" + Letters();
        await CaseAsync(family);
        using var coordinator = app.CreateClientAs(AppRoles.Coordinator);

        using var response = await coordinator.SubmitFormAsync(Url,
            [Field("Search.GivenName", "Ysolde"), Field("Search.FamilyName", family),
             Field("Search.DateOfBirth.Day", "6"), Field("Search.DateOfBirth.Month", "4"), Field("Search.DateOfBirth.Year", "1991")], SearchForm);

        (await response.ShouldRedisplayAsync()).QuerySelector("#result-count")!.TextContent.ShouldContain("0 cases found");
    }

    [Fact]
    public async Task The_export_is_a_workbook_with_neutralised_cells_and_is_audited()
    {
        var family = "Quenby" + Letters();
        await CaseAsync(family);
        using var coordinator = app.CreateClientAs(AppRoles.Coordinator);
        using var searched = await SearchAsync(coordinator, "Ysolde", family);
        var page = await searched.ShouldRedisplayAsync();
        var before = await app.LastAuditSequenceAsync();

        using var response = await coordinator.SubmitFormAsync(page, Url, formSelector: SearchForm, submitButton: "#export");

        response.Content.Headers.ContentType!.MediaType.ShouldBe(SubjectAccessWorkbook.ContentType);
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var rows = workbook.Worksheet(1).RowsUsed().Skip(2).Select(r => r.Cells(1, 8).Select(c => c.GetString()).ToArray()).ToList();
        rows.ShouldContain(r => r[4] == "Risk narrative" && r[6] == "'=HYPERLINK(\"http://example.org\")");
        rows.ShouldContain(r => r[4] == "Address" && r[7] == ReviewReasons.Restricted);
        workbook.Worksheet(1).CellsUsed().ShouldAllBe(c => !c.HasFormula);
        (await app.AuditEventsAfterAsync(before)).ShouldContain(e => e.Action == AuditAction.Export && e.EntityType == "SubjectAccess" && e.Detail == "criteria: name");
    }

    [Fact]
    public async Task An_empty_search_asks_for_the_names()
    {
        using var coordinator = app.CreateClientAs(AppRoles.Coordinator);

        using var response = await SearchAsync(coordinator, "", "");

        var page = await response.ShouldRedisplayAsync();
        page.FieldError("Search_GivenName").ShouldBe("Enter the person's given name");
        page.FieldError("Search_FamilyName").ShouldBe("Enter the person's family name");
    }

    [Fact]
    public async Task A_coordinator_sets_and_lifts_a_legal_hold_with_reasons()
    {
        var (id, _) = await CaseAsync("Quenby" + Letters());
        using var coordinator = app.CreateClientAs(AppRoles.Coordinator);
        var url = $"/cases/{Id(id)}/legal-hold";

        using var set = await coordinator.SubmitFormAsync(url, [Field("Reason", "Domestic homicide review commissioned")], MainForm, submitButton: "#set-hold");
        set.ShouldRedirectTo(url);
        (await app.WithDbAsync(db => db.Referrals.AsNoTracking().SingleAsync(r => r.Id == id))).LegalHoldReason.ShouldBe("Domestic homicide review commissioned");

        using var noReason = await coordinator.SubmitFormAsync(url, [Field("Reason", "")], MainForm, submitButton: "#lift-hold");
        (await noReason.ShouldRedisplayAsync()).FieldError("Reason").ShouldBe("Enter why the hold is lifted");

        using var lift = await coordinator.SubmitFormAsync(url, [Field("Reason", "Review published")], MainForm, submitButton: "#lift-hold");
        lift.ShouldRedirectTo(url);
        (await app.WithDbAsync(db => db.Referrals.AsNoTracking().SingleAsync(r => r.Id == id))).LegalHoldReason.ShouldBeNull();
    }

    private static string Row(AngleSharp.Dom.IElement table, string field, string? section = null) =>
        table.QuerySelectorAll("tbody tr")
            .FirstOrDefault(r => r.Children[1].TextContent.Trim() == field && (section is null || r.Children[0].TextContent.Trim() == section))
            ?.TextContent ?? throw new ShouldAssertException($"No row for {section} {field}");
}

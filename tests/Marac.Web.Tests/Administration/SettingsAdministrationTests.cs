using Marac.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Marac.Web.Tests.Administration.AdminTestData;

namespace Marac.Web.Tests.Administration;

[Collection(SharedAppCollection.Name)]
public sealed class SettingsAdministrationTests(MaracWebFactory app)
{
    [Fact]
    public async Task A_population_of_0_and_a_share_of_150_percent_get_messages_with_what_was_typed_kept()
    {
        using var admin = app.Administrator();
        var before = await app.WithDbAsync(db => db.PartnershipSettings.AsNoTracking().SingleAsync());

        using var response = await admin.SubmitMainFormAsync("/admin/settings",
        [
            Field("Form.AdultFemalePopulation", "0"),
            Field("Form.MinoritisedPopulationPercent", "150"),
            Field("Form.ReferralCutOffWorkingDays", "eight"),
            Field("Form.AuditRetentionYears", "2.5"),
        ]);

        var page = await response.ShouldRedisplayAsync();
        page.FieldError("Form_AdultFemalePopulation").ShouldBe("Adult female population must be more than 0");
        page.FieldError("Form_MinoritisedPopulationPercent").ShouldBe("B&ME population share must be between 0 and 100");
        page.FieldError("Form_ReferralCutOffWorkingDays").ShouldBe("Referral cut-off must be a whole number");
        page.FieldError("Form_AuditRetentionYears").ShouldBe("Audit retention period must be a whole number");
        page.ValueOf("Form_AdultFemalePopulation").ShouldBe("0");
        page.ValueOf("Form_MinoritisedPopulationPercent").ShouldBe("150");
        page.ValueOf("Form_ReferralCutOffWorkingDays").ShouldBe("eight");
        page.ErrorSummary().ShouldContain("Adult female population must be more than 0");
        page.QuerySelector("title")!.TextContent.ShouldStartWith("Error:");
        var after = await app.WithDbAsync(db => db.PartnershipSettings.AsNoTracking().SingleAsync());
        after.Version.ShouldBe(before.Version);
    }

    [Fact]
    public async Task Valid_settings_are_saved_with_decimals_and_place_names_tidied()
    {
        using var admin = app.Administrator();
        var before = await app.WithDbAsync(db => db.PartnershipSettings.AsNoTracking().SingleAsync());
        try
        {
            using var response = await admin.SubmitMainFormAsync("/admin/settings",
            [
                Field("Form.AdultFemalePopulation", "145,500"),
                Field("Form.MinoritisedPopulationPercent", "26.5%"),
                Field("Form.MaracIdvaFte", "3.5"),
                Field("Form.SensitivePlaceNames", before.SensitivePlaceNames + "\r\n\r\n  Test House refuge  \r\nTEST HOUSE REFUGE"),
            ]);

            response.ShouldRedirectTo("/admin/settings");
            var page = await admin.GetPageAsync("/admin/settings");
            page.QuerySelector(".govuk-notification-banner--success")!.TextContent.ShouldContain("Partnership settings saved");
            page.ValueOf("Form_MinoritisedPopulationPercent").ShouldBe("26.5");
            var saved = await app.WithDbAsync(db => db.PartnershipSettings.AsNoTracking().SingleAsync());
            saved.AdultFemalePopulation.ShouldBe(145_500);
            saved.MinoritisedPopulationPercent.ShouldBe(26.5m);
            saved.MaracIdvaFte.ShouldBe(3.5m);
            saved.SensitivePlaceNames.ShouldBe(before.SensitivePlaceNames.Replace("\r", "", StringComparison.Ordinal) + "\nTest House refuge");
        }
        finally
        {
            // Put the demo figures back for the other tests that share this app.
            await app.WithDbAsync(async db =>
            {
                var settings = await db.PartnershipSettings.SingleAsync();
                settings.AdultFemalePopulation = before.AdultFemalePopulation;
                settings.MinoritisedPopulationPercent = before.MinoritisedPopulationPercent;
                settings.MaracIdvaFte = before.MaracIdvaFte;
                settings.SensitivePlaceNames = before.SensitivePlaceNames;
                await db.SaveChangesAsync();
            });
        }
    }

    [Fact]
    public async Task Statistics_and_meeting_settings_out_of_range_or_left_empty_get_messages()
    {
        using var admin = app.Administrator();
        var page = await admin.GetPageAsync("/admin/settings");
        var fields = HtmlPages.FieldsOf(page.QuerySelector(MainForm)!)
            .Where(f => f.Key is not ("Form.PartnerSources" or "Form.MinoritisedEthnicities"))
            .Where(f => f.Key is not ("Form.SuppressionThreshold" or "Form.GrantExpiryDays" or "Form.MinutesIssueWorkingDays"))
            .Append(Field("Form.SuppressionThreshold", "21"))
            .Append(Field("Form.GrantExpiryDays", "0"))
            .Append(Field("Form.MinutesIssueWorkingDays", "21"))
            .ToList();

        using var response = await admin.PostAsync("/admin/settings", new FormUrlEncodedContent(fields));

        var redisplayed = await response.ShouldRedisplayAsync();
        redisplayed.FieldError("Form_SuppressionThreshold").ShouldBe("Small-number threshold must be between 1 and 20");
        redisplayed.FieldError("Form_GrantExpiryDays").ShouldBe("Access grant expiry must be between 1 and 365");
        redisplayed.FieldError("Form_MinutesIssueWorkingDays").ShouldBe("Minutes deadline must be between 1 and 20");
        redisplayed.FieldError("Form_PartnerSources").ShouldBe("Select at least one partner-agency source");
        redisplayed.FieldError("Form_MinoritisedEthnicities").ShouldBe("Select at least one ethnic group to count as Black, Asian or racially minoritised");
        redisplayed.QuerySelectorAll("input[name='Form.PartnerSources']:checked").ShouldBeEmpty();
    }

    [Fact]
    public async Task The_form_starts_with_the_default_partner_sources_and_groups_ticked()
    {
        using var admin = app.Administrator();

        var page = await admin.GetPageAsync("/admin/settings");

        var sources = page.QuerySelectorAll("input[name='Form.PartnerSources']").ToList();
        sources.Count.ShouldBe(14);
        sources.Where(i => i.HasAttribute("checked")).Select(i => i.GetAttribute("value")).ShouldNotContain("Police");
        sources.Count(i => i.HasAttribute("checked")).ShouldBe(13);
        var groups = page.QuerySelectorAll("input[name='Form.MinoritisedEthnicities']").ToList();
        groups.Count.ShouldBe(19);
        groups.Where(i => i.HasAttribute("checked")).Select(i => i.GetAttribute("value")).ShouldNotContain("WhiteBritish");
        page.ValueOf("Form_SuppressionThreshold").ShouldBe("5");
        page.ValueOf("Form_GrantExpiryDays").ShouldBe("28");
        page.ValueOf("Form_MinutesIssueWorkingDays").ShouldBe("3");
    }

    [Fact]
    public async Task Changing_the_partner_sources_and_threshold_changes_the_statistics_a_lead_sees()
    {
        using var admin = app.Administrator();
        using var lead = app.CreateClientAs(Marac.Data.Entities.AppRoles.PartnershipLead);
        const string period = "/statistics?period=TwelveMonths&quarter=2021-Q2";
        var before = await app.WithDbAsync(db => db.PartnershipSettings.AsNoTracking().SingleAsync());
        var partnerBefore = PartnerHeadline(await lead.GetPageAsync(period));
        try
        {
            var page = await admin.GetPageAsync("/admin/settings");
            var fields = HtmlPages.FieldsOf(page.QuerySelector(MainForm)!)
                .Where(f => f.Key is not ("Form.PartnerSources" or "Form.SuppressionThreshold" or "Form.GrantExpiryDays" or "Form.MinutesIssueWorkingDays"))
                .Concat(Enum.GetNames<Marac.Data.Entities.ReferralSource>().Select(s => Field("Form.PartnerSources", s)))
                .Append(Field("Form.SuppressionThreshold", "10"))
                .Append(Field("Form.GrantExpiryDays", "42"))
                .Append(Field("Form.MinutesIssueWorkingDays", "5"))
                .ToList();

            using var response = await admin.PostAsync("/admin/settings", new FormUrlEncodedContent(fields));

            response.ShouldRedirectTo("/admin/settings");
            var saved = await app.WithDbAsync(db => db.PartnershipSettings.AsNoTracking().SingleAsync());
            (saved.SuppressionThreshold, saved.GrantExpiryDays, saved.MinutesIssueWorkingDays).ShouldBe((10, 42, 5));
            saved.PartnerSources.ShouldBe(string.Join(',', Enum.GetNames<Marac.Data.Entities.ReferralSource>()));
            saved.MinoritisedEthnicities.ShouldBe("");     // the default list, left as it was, is stored as the default
            partnerBefore.ShouldNotStartWith("100%");
            PartnerHeadline(await lead.GetPageAsync(period)).ShouldStartWith("100% of referrals from partner agencies");
        }
        finally
        {
            await app.WithDbAsync(async db =>
            {
                var settings = await db.PartnershipSettings.SingleAsync();
                settings.PartnerSources = before.PartnerSources;
                settings.SuppressionThreshold = before.SuppressionThreshold;
                settings.GrantExpiryDays = before.GrantExpiryDays;
                settings.MinutesIssueWorkingDays = before.MinutesIssueWorkingDays;
                await db.SaveChangesAsync();
            });
        }
    }

    private static string PartnerHeadline(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll(".govuk-summary-list__key").Select(k => k.TextContent.Trim())
            .Single(k => k.Contains("of referrals from partner agencies", StringComparison.Ordinal));
}

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
}

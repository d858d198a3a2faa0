using AutoMapper;
using Marac.Data.Entities;
using Marac.Sharing.Categories;
using Marac.Sharing.Grants;
using Marac.Sharing.Redaction;
using Marac.Sharing.Summaries;
using Microsoft.Extensions.Logging.Abstractions;
using static Marac.Sharing.Categories.DataCategory;

namespace Marac.Sharing.Tests.Summaries;

public sealed class CaseSharingTests
{
    private static readonly MapperConfiguration Configuration =
        new(cfg => cfg.AddProfile<CaseSummaryProfile>(), NullLoggerFactory.Instance);

    private static readonly TextRedactor Redactor = new(["Valley House"]);

    [Fact]
    public void The_case_summary_mapping_is_complete() => Configuration.AssertConfigurationIsValid();

    [Fact]
    public void Fields_outside_the_grant_show_a_withheld_marker_and_are_never_dropped()
    {
        var shared = Share(CategorySet.Of(Identity, Risk, CaseManagement));

        Value(shared, "Victim", "Name").Display.ShouldBe("Amira Khan");
        Value(shared, "Victim", "Address").Display.ShouldBe("withheld: Location and safety contacts");
        Value(shared, "Victim", "Ethnicity").Display.ShouldBe("withheld: Equality");
        Value(shared, "Children", "Children").Display.ShouldBe("withheld: Children");
        Value(shared, "Consent and safety", "Not safe to talk to").Display.ShouldBe("withheld: Location and safety contacts");
        shared.Withheld.ShouldBe(CategorySet.Of(LocationAndSafetyContacts, Equality, Health, Children));
        shared.Sections.SelectMany(s => s.Fields).ShouldNotContain(f => f.Display.Contains("12 Elm Road", StringComparison.Ordinal));
    }

    [Fact]
    public void Free_text_has_locations_masked_unless_location_and_safety_contacts_is_granted()
    {
        var without = Value(Share(CategorySet.Of(Identity, Risk)), "Risk", "What happened").Display;
        without.ShouldStartWith("She fled to [withheld: location]");
        foreach (var detail in new[] { "Valley House", "CV1 2GT", "07700 900123" })
        {
            without.ShouldNotContain(detail);
        }

        var with = Value(Share(CategorySet.Grantable), "Risk", "What happened").Display;
        with.ShouldContain("CV1 2GT");
        with.ShouldContain("07700 900123");
    }

    [Fact]
    public void Dates_of_birth_in_free_text_are_masked_unless_identity_is_granted()
    {
        Value(Share(CategorySet.Of(Risk)), "Risk", "The victim's fears").Display.ShouldContain(RedactionMarkers.Identity);
        Value(Share(CategorySet.Of(Risk, Identity)), "Risk", "The victim's fears").Display.ShouldContain("03/04/1990");
    }

    [Fact]
    public void Only_the_agency_that_made_a_research_return_sees_its_private_note()
    {
        var own = Share(CategorySet.Of(Risk), viewerAgencyId: 4);
        Value(own, "Research from Housing", "Not shared, and why (your agency only)").Display.ShouldBe("Tenancy file held back: third party");

        var other = Share(CategorySet.Grantable, viewerAgencyId: 5);
        other.Sections.SelectMany(s => s.Fields).ShouldNotContain(f => f.Display.Contains("Tenancy file", StringComparison.Ordinal));
    }

    private static SharedCase Share(CategorySet granted, int? viewerAgencyId = 9) =>
        CaseSharing.Share(Summary(), new CaseAccess(AccessBasis.Grant, granted, CategorySet.None, 1, null), viewerAgencyId, Redactor);

    private static SharedValue Value(SharedCase shared, string section, string label) =>
        shared.Sections.Single(s => s.Title == section).Fields.Single(f => f.Label == label);

    private static CaseSummary Summary()
    {
        var referral = new Referral
        {
            Reference = "MARAC-2026-0100", Status = ReferralStatus.Accepted, ReferralDate = new DateOnly(2026, 11, 2),
            Victim = new Person { GivenName = "Amira", FamilyName = "Khan", Address = "12 Elm Road", Postcode = "CV1 2GT", Ethnicity = Ethnicity.AsianPakistani },
            Children = [new ReferralChild { Person = new Person { GivenName = "Sami", FamilyName = "Khan" }, RelationshipToVictim = "Son" }],
            RiskNarrative = "She fled to Valley House, CV1 2GT 07700 900123 and called from 07700 900123.",
            VictimFears = "He knows her date of birth 03/04/1990 and uses it.",
            NotSafeToTalkTo = "Her sister",
        };
        var summary = Configuration.CreateMapper().Map<CaseSummary>(referral);
        summary.Research =
        [
            new ResearchSummary
            {
                AgencyId = 4, AgencyName = "Housing", Answer = ResearchAnswer.HoldsInformation, SharedFacts = "Two tenancy warnings",
                NotSharedNote = "Tenancy file held back: third party",
            },
        ];
        return summary;
    }
}

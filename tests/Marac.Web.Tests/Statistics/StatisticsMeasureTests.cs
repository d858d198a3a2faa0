using Marac.Data.Entities;
using Marac.Web.Features.Statistics.Computation;
using static Marac.Data.Entities.ReferralSource;

namespace Marac.Web.Tests.Statistics;

/// <summary>
/// Every measure on small hand-made case sets in a migrated SQLite database. The expected figures are
/// worked out by hand in each test. The period is January to March 2024 unless a test says otherwise.
/// </summary>
public sealed class StatisticsMeasureTests : IAsyncLifetime
{
    private static readonly StatisticsPeriod Q1 = StatisticsPeriod.Quarter(2024, 1);
    private StatisticsTestDatabase _database = null!;
    private CaseSet _cases = null!;

    public async Task InitializeAsync()
    {
        _database = await StatisticsTestDatabase.CreateAsync(adultFemalePopulation: 10_000, minoritisedPopulationPercent: 20, idvaFte: 1);
        _cases = new CaseSet(_database);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Joint_referrals_share_one_case_equally_among_their_source_categories()
    {
        var meeting = await _cases.MeetingAsync(new DateOnly(2024, 2, 1));
        await _cases.CaseAsync(new TestCase { Sources = [Police] }, meeting);                        // Police 1
        await _cases.CaseAsync(new TestCase { Sources = [Police, PrimaryCare] }, meeting);           // Police 1/2, Primary care 1/2
        await _cases.CaseAsync(new TestCase { Sources = [Idva, MentalHealth, Housing] }, meeting);   // 1/3 each
        // Two police forces are one category: Police 1, not 1/2 + 1/2 of two sources.
        await _cases.CaseAsync(new TestCase { Sources = [Police], ExtraAgencyIds = [_database.SecondPoliceForceId] }, meeting);

        var report = await ComputeAsync(Q1);

        var figures = report.Figures;
        figures.Cases.ShouldBe(4);
        figures.Source(Police).ShouldBe(2.5, 1e-9);          // 1 + 1/2 + 1
        figures.Source(PrimaryCare).ShouldBe(0.5, 1e-9);
        figures.Source(Idva).ShouldBe(1.0 / 3, 1e-9);
        figures.Source(MentalHealth).ShouldBe(1.0 / 3, 1e-9);
        figures.Source(Housing).ShouldBe(1.0 / 3, 1e-9);
        figures.Source(Education).ShouldBe(0);
        figures.Sources.Values.Sum().ShouldBe(4, 1e-9);       // every case counted exactly once in all
        report.PartnerAgencyCases.ShouldBe(1.5, 1e-9);       // 4 - 2.5 police
        report.PartnerAgencyPercent!.Value.ShouldBe(37.5, 1e-9);
    }

    [Fact]
    public async Task A_deferred_case_counts_once_at_the_meeting_that_heard_it()
    {
        var january = await _cases.MeetingAsync(new DateOnly(2024, 1, 11));
        var february = await _cases.MeetingAsync(new DateOnly(2024, 2, 8));
        var april = await _cases.MeetingAsync(new DateOnly(2024, 4, 4));
        await _cases.MeetingAsync(new DateOnly(2024, 3, 28), MeetingStatus.Cancelled);
        await _cases.CaseAsync(new TestCase(), february, deferredAt: january);                // heard in Q1, at February's meeting
        await _cases.CaseAsync(new TestCase(), april, deferredAt: [january, february]);       // deferred twice in Q1, heard in Q2
        await _cases.CaseAsync(new TestCase(), january);

        var q1 = await ComputeAsync(Q1);
        var q2 = await ComputeAsync(StatisticsPeriod.Quarter(2024, 2));

        q1.Totals.MeetingsHeld.ShouldBe(2);                   // January and February; the cancelled one was not held
        q1.Figures.Cases.ShouldBe(2);
        q1.Meetings.Select(m => (m.Date, m.Figures.Cases)).ShouldBe([(new DateOnly(2024, 1, 11), 1), (new DateOnly(2024, 2, 8), 1)]);
        q2.Figures.Cases.ShouldBe(1);
        q2.QuarterlyTrend.Select(t => t.Figures.Cases).ShouldBe([0, 0, 0, 2, 1]);   // Q2 2023 .. Q2 2024
    }

    [Fact]
    public async Task Age_16_to_17_is_taken_at_the_referral_date_so_a_victim_who_turns_18_before_the_meeting_still_counts()
    {
        var meeting = await _cases.MeetingAsync(new DateOnly(2024, 3, 7));
        var referred = new DateOnly(2024, 2, 1);
        await _cases.CaseAsync(new TestCase { ReferralDate = referred, VictimDateOfBirth = new(2006, 2, 15) }, meeting); // 17 when referred, 18 at the meeting: counts
        await _cases.CaseAsync(new TestCase { ReferralDate = referred, VictimDateOfBirth = new(2006, 1, 20) }, meeting); // 18 when referred
        await _cases.CaseAsync(new TestCase { ReferralDate = referred, VictimDateOfBirth = new(2008, 2, 1) }, meeting);  // 16 that very day: counts
        await _cases.CaseAsync(new TestCase { ReferralDate = referred, VictimDateOfBirth = new(2008, 2, 2) }, meeting);  // 15
        await _cases.CaseAsync(new TestCase { ReferralDate = referred, VictimDateOfBirth = null }, meeting);             // not known

        var figures = (await ComputeAsync(Q1)).Figures;

        figures.Aged16To17.ShouldBe(2);
        figures.PercentOfCases(figures.Aged16To17)!.Value.ShouldBe(40, 1e-9);    // 2 of 5
    }

    [Fact]
    public async Task Perpetrators_aged_17_or_under_are_counted_one_by_one_at_the_referral_date()
    {
        var meeting = await _cases.MeetingAsync(new DateOnly(2024, 3, 7));
        var referred = new DateOnly(2024, 2, 1);
        // Two perpetrators, both 17 on the referral date: 2.
        await _cases.CaseAsync(new TestCase { ReferralDate = referred, PerpetratorSubjects = [Guid.NewGuid(), Guid.NewGuid()], PerpetratorDateOfBirth = new(2006, 6, 1) }, meeting);
        // 18 that very day: 0.
        await _cases.CaseAsync(new TestCase { ReferralDate = referred, PerpetratorDateOfBirth = new(2006, 2, 1) }, meeting);
        // Date of birth not known: 0.
        await _cases.CaseAsync(new TestCase { ReferralDate = referred }, meeting);

        (await ComputeAsync(Q1)).Figures.PerpetratorsAged17OrUnder.ShouldBe(2);
    }

    [Fact]
    public async Task Unknown_ethnicity_counts_in_the_denominator_and_is_reported_beside_it()
    {
        var meeting = await _cases.MeetingAsync(new DateOnly(2024, 2, 1));
        await _cases.CaseAsync(new TestCase { Ethnicity = Ethnicity.AsianIndian }, meeting);   // minoritised
        await _cases.CaseAsync(new TestCase { Ethnicity = Ethnicity.MixedOther }, meeting);    // minoritised
        await _cases.CaseAsync(new TestCase { Ethnicity = Ethnicity.WhiteIrish }, meeting);    // White: not counted
        await _cases.CaseAsync(new TestCase { Ethnicity = Ethnicity.NotKnown }, meeting);      // denominator only

        var report = await ComputeAsync(Q1);

        report.Figures.Minoritised.ShouldBe(2);
        report.Figures.EthnicityNotKnown.ShouldBe(1);
        report.Figures.PercentOfCases(report.Figures.Minoritised)!.Value.ShouldBe(50, 1e-9);   // 2 of 4, not 2 of 3
        report.Benchmarks.RepresentationRatio!.Value.ShouldBe(2.5, 1e-9);                       // 50% / 20% of the population
    }

    [Fact]
    public async Task The_minoritised_groups_are_an_option()
    {
        var meeting = await _cases.MeetingAsync(new DateOnly(2024, 2, 1));
        await _cases.CaseAsync(new TestCase { Ethnicity = Ethnicity.WhiteGypsyOrIrishTraveller }, meeting);
        await _cases.CaseAsync(new TestCase { Ethnicity = Ethnicity.BlackCaribbean }, meeting);
        var options = StatisticsOptions.Default with
        {
            MinoritisedEthnicities = [.. EthnicityCatalogue.MinoritisedByDefault, Ethnicity.WhiteGypsyOrIrishTraveller],
        };

        (await ComputeAsync(Q1)).Figures.Minoritised.ShouldBe(1);
        (await ComputeAsync(Q1, options)).Figures.Minoritised.ShouldBe(2);
    }

    [Fact]
    public async Task Repeats_follow_the_repeat_rule_and_the_coordinators_override()
    {
        var meeting = await _cases.MeetingAsync(new DateOnly(2024, 2, 1));
        var (victim, perpetrator) = (Guid.NewGuid(), Guid.NewGuid());
        await _cases.ReferralOnlyAsync(new TestCase { ReferralDate = new(2023, 6, 1), VictimSubject = victim, PerpetratorSubjects = [perpetrator], Status = ReferralStatus.Accepted });
        // Same victim and perpetrator, 7 months later: a repeat.
        await _cases.CaseAsync(new TestCase { ReferralDate = new(2024, 1, 10), VictimSubject = victim, PerpetratorSubjects = [perpetrator] }, meeting);
        // Same victim, another perpetrator: not a repeat.
        await _cases.CaseAsync(new TestCase { ReferralDate = new(2024, 1, 12), VictimSubject = victim, PerpetratorSubjects = [Guid.NewGuid()] }, meeting);
        // A new victim that the coordinator marked as a repeat (a referral from before the records began).
        await _cases.CaseAsync(new TestCase { RepeatOverride = true }, meeting);

        var figures = (await ComputeAsync(Q1)).Figures;

        figures.Repeats.ShouldBe(2);
        figures.RepeatPercent!.Value.ShouldBe(200.0 / 3, 1e-9);   // 2 of 3
    }

    [Fact]
    public async Task Children_are_the_recorded_children_or_the_imported_count_when_there_is_one()
    {
        var meeting = await _cases.MeetingAsync(new DateOnly(2024, 2, 1));
        await _cases.CaseAsync(new TestCase { Children = 2 }, meeting);                               // 2
        await _cases.CaseAsync(new TestCase { ImportedChildrenCount = 3 }, meeting);                  // 3
        await _cases.CaseAsync(new TestCase { Children = 2, ImportedChildrenCount = 1 }, meeting);    // the imported 1 wins
        await _cases.CaseAsync(new TestCase(), meeting);                                              // 0

        (await ComputeAsync(Q1)).Figures.Children.ShouldBe(6);   // 2 + 3 + 1 + 0
    }

    [Fact]
    public async Task Lgbt_disabled_and_male_victims_are_counted_with_percentages()
    {
        var meeting = await _cases.MeetingAsync(new DateOnly(2024, 2, 1));
        await _cases.CaseAsync(new TestCase { Gender = Gender.Male, Lgbt = YesNoNotKnown.Yes }, meeting);
        await _cases.CaseAsync(new TestCase { Disabled = YesNoNotKnown.Yes }, meeting);
        await _cases.CaseAsync(new TestCase { Disabled = YesNoNotKnown.NotKnown, Lgbt = YesNoNotKnown.NotKnown, Gender = Gender.NotKnown }, meeting);
        await _cases.CaseAsync(new TestCase { Gender = Gender.NonBinary }, meeting);

        var figures = (await ComputeAsync(Q1)).Figures;

        (figures.Male, figures.Lgbt, figures.Disabled).ShouldBe((1, 1, 1));
        figures.PercentOfCases(figures.Male)!.Value.ShouldBe(25, 1e-9);   // 1 of 4
    }

    [Fact]
    public async Task Benchmarks_come_from_the_partnerships_population_and_are_scaled_to_the_period()
    {
        var meeting = await _cases.MeetingAsync(new DateOnly(2024, 2, 1));
        for (var i = 0; i < 4; i++)
        {
            await _cases.CaseAsync(new TestCase(), meeting);
        }

        var quarter = (await ComputeAsync(Q1)).Benchmarks;

        // 10,000 adult women x 40 / 10,000 = 40 recommended cases a year, 10 a quarter.
        quarter.RecommendedCasesAYear.ShouldBe(40, 1e-9);
        quarter.RecommendedCasesInPeriod.ShouldBe(10, 1e-9);
        // 4 cases in a quarter is 16 a year: 16 per 10,000 adult women.
        quarter.CasesAYear.ShouldBe(16, 1e-9);
        quarter.CasesPer10000AdultFemales!.Value.ShouldBe(16, 1e-9);
        // IDVAs: 100 cases a year each; administrators: 400.
        (quarter.IdvaFteForActualCases, quarter.IdvaFteForRecommendedCases).ShouldBe((0.16, 0.4));
        (quarter.AdministratorFteForActualCases, quarter.AdministratorFteForRecommendedCases).ShouldBe((0.04, 0.1));
        quarter.MaracIdvaFte.ShouldBe(1);

        var year = (await ComputeAsync(StatisticsPeriod.TwelveMonthsTo(2024, 1))).Benchmarks;
        year.CasesAYear.ShouldBe(4, 1e-9);
        year.RecommendedCasesInPeriod.ShouldBe(40, 1e-9);
    }

    [Fact]
    public async Task A_period_with_no_cases_has_no_percentages()
    {
        var report = await ComputeAsync(Q1);

        report.Figures.Cases.ShouldBe(0);
        report.Figures.RepeatPercent.ShouldBeNull();
        report.PartnerAgencyPercent.ShouldBeNull();
        report.Benchmarks.RepresentationRatio.ShouldBeNull();
    }

    private async Task<StatisticsReport> ComputeAsync(StatisticsPeriod period, StatisticsOptions? options = null)
    {
        await using var db = _database.NewContext();
        return await new StatisticsCalculator(db).ComputeAsync(period, options);
    }
}

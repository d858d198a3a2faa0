using Marac.Data.Entities;
using Marac.Data.Referrals;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Marac.Data.Tests.Demo;

/// <summary>
/// The demo's figures for the 12 months to June 2021, computed in the database by the product's own
/// rules, match what Coventry published.
/// </summary>
[Collection(DemoPartnershipFixture.Collection)]
public class DemoFiguresTests(DemoPartnershipFixture fixture, ITestOutputHelper output)
{
    private static readonly DateTime WindowStart = new(2020, 7, 1);
    private static readonly DateTime WindowEnd = new(2021, 7, 1);

    /// <summary>Cases discussed: the referrals of agenda items heard at meetings in the period.</summary>
    private static IQueryable<Referral> CasesHeard(MaracDbContext db, DateTime from, DateTime to) =>
        db.AgendaItems
            .Where(i => i.Status == AgendaItemStatus.Heard && i.Meeting.StartsAt >= from && i.Meeting.StartsAt < to)
            .Select(i => i.Referral);

    [Fact]
    public async Task Twelve_months_to_June_2021_match_Coventry()
    {
        await using var db = fixture.Database.NewContext();
        var cases = CasesHeard(db, WindowStart, WindowEnd);
        var minoritised = EthnicityCatalogue.MinoritisedByDefault.ToList();

        var count = await cases.CountAsync();
        var repeats = await cases.Where(RepeatRule.IsRepeat(db.Referrals)).CountAsync();
        var children = await cases.SumAsync(r => r.Children.Count);
        var disabled = await cases.CountAsync(r => r.Victim.Disabled == YesNoNotKnown.Yes);
        var male = await cases.CountAsync(r => r.Victim.Gender == Gender.Male);
        var lgbt = await cases.CountAsync(r => r.Victim.Lgbt == YesNoNotKnown.Yes);
        var aged16To17 = await cases.CountAsync(r =>
            r.Victim.DateOfBirth > r.ReferralDate.AddYears(-18) && r.Victim.DateOfBirth <= r.ReferralDate.AddYears(-16));
        var minoritisedCount = await cases.CountAsync(r => minoritised.Contains(r.Victim.Ethnicity));
        var notKnown = await cases.CountAsync(r => r.Victim.Ethnicity == Ethnicity.NotKnown);
        var youngPerpetrators = await cases.SumAsync(r =>
            r.Perpetrators.Count(p => p.Person.DateOfBirth > r.ReferralDate.AddYears(-18)));

        output.WriteLine($"Seed time {fixture.SeedTime.TotalSeconds:F1} s");
        output.WriteLine($"12 months to June 2021: {count} cases, {repeats} repeats ({100.0 * repeats / count:F1}%), {children} children, "
            + $"{disabled} disabled, {male} male, {lgbt} LGBT+, {aged16To17} aged 16-17, {minoritisedCount} minoritised "
            + $"({100.0 * minoritisedCount / count:F1}%), {notKnown} ethnicity not known, {youngPerpetrators} perpetrators aged 17 or under");

        count.ShouldBe(613);
        repeats.ShouldBe(276);
        children.ShouldBe(661);
        disabled.ShouldBe(23);
        male.ShouldBe(6);
        lgbt.ShouldBeLessThanOrEqualTo(5);
        aged16To17.ShouldBeLessThan(10);
        (100.0 * minoritisedCount / count).ShouldBeInRange(22, 28);
        notKnown.ShouldBeGreaterThan(0);
        youngPerpetrators.ShouldBeInRange(1, 10);
    }

    [Fact]
    public async Task Twelve_months_to_June_2016_heard_about_363_cases()
    {
        await using var db = fixture.Database.NewContext();
        var count = await CasesHeard(db, new DateTime(2015, 7, 1), new DateTime(2016, 7, 1)).CountAsync();
        output.WriteLine($"12 months to June 2016: {count} cases");
        count.ShouldBeInRange(350, 375);
    }

    [Fact]
    public async Task Every_year_since_has_similar_proportions()
    {
        await using var db = fixture.Database.NewContext();
        var repeatIds = (await db.Referrals.Where(RepeatRule.IsRepeat(db.Referrals)).Select(r => r.Id).ToListAsync()).ToHashSet();
        var heard = await db.AgendaItems
            .Where(i => i.Status == AgendaItemStatus.Heard)
            .Select(i => new { i.Meeting.StartsAt, i.ReferralId, Children = i.Referral.Children.Count })
            .ToListAsync();
        for (var year = 2016; year <= 2025; year++)
        {
            var (from, to) = (new DateTime(year, 7, 1), new DateTime(year + 1, 7, 1));
            var cases = heard.Where(h => h.StartsAt >= from && h.StartsAt < to).ToList();
            var repeats = cases.Count(c => repeatIds.Contains(c.ReferralId));
            var children = cases.Sum(c => c.Children);
            output.WriteLine($"12 months to June {year + 1}: {cases.Count} cases, {repeats} repeats ({100.0 * repeats / cases.Count:F1}%), {children} children");
            cases.Count.ShouldBeInRange(400, 700);
            (100.0 * repeats / cases.Count).ShouldBeInRange(35, 47);
            ((double)children / cases.Count).ShouldBeInRange(1.0, 1.2);
        }
    }

    [Fact]
    public async Task A_deferred_case_is_heard_once_at_the_next_meeting()
    {
        await using var db = fixture.Database.NewContext();
        var deferred = await db.AgendaItems.Where(i => i.Status == AgendaItemStatus.Deferred)
            .Select(i => new { i.ReferralId, Deferred = i.Meeting.StartsAt })
            .ToListAsync();
        deferred.ShouldNotBeEmpty();
        var heard = await db.AgendaItems.Where(i => i.Status == AgendaItemStatus.Heard)
            .GroupBy(i => i.ReferralId)
            .Select(g => new { ReferralId = g.Key, Count = g.Count(), Heard = g.Max(i => i.Meeting.StartsAt) })
            .ToDictionaryAsync(g => g.ReferralId);
        foreach (var item in deferred)
        {
            heard[item.ReferralId].Count.ShouldBe(1);
            heard[item.ReferralId].Heard.ShouldBeGreaterThan(item.Deferred);
        }
        (await db.Referrals.CountAsync(r => r.Status == ReferralStatus.Heard)).ShouldBe(heard.Count);
    }

    [Fact]
    public async Task There_is_current_work_after_today()
    {
        await using var db = fixture.Database.NewContext();
        var today = DemoPartnershipFixture.Today;
        var todayStart = today.ToDateTime(TimeOnly.MinValue);

        var upcoming = await db.Meetings.Where(m => m.StartsAt > todayStart).ToListAsync();
        upcoming.Count.ShouldBe(4);
        upcoming.ShouldAllBe(m => m.Status == MeetingStatus.Scheduled && m.CaseCapacity == 20 && m.MinutesPerCase == 12 && m.ChairUserId != null);
        (await db.Meetings.AnyAsync(m => m.StartsAt < todayStart && m.Status != MeetingStatus.Concluded)).ShouldBeFalse();

        var open = await db.Referrals
            .Where(r => r.Status == ReferralStatus.Submitted || r.Status == ReferralStatus.Accepted)
            .Include(r => r.RiskAssessment!).ThenInclude(a => a.Answers)
            .Include(r => r.AgendaItems)
            .ToListAsync();
        open.Count.ShouldBeInRange(12, 18);
        open.ShouldAllBe(r => r.ReferralDate >= today.AddDays(-21) && r.ReferralDate < today && r.AgendaItems.Count == 0);
        open.ShouldAllBe(r => r.RiskAssessment!.Answers.Count == 24
            && r.RiskAssessment.Answers.Count(a => a.Answer == YesNoNotKnown.Yes) == r.RiskAssessment.Score);
        open.Select(r => r.RiskAssessment!.Band).Distinct().Count().ShouldBe(3);
        (await db.Referrals.CountAsync(r => r.Status == ReferralStatus.Draft)).ShouldBe(2);
        (await db.Referrals.SingleAsync(r => r.Status == ReferralStatus.Returned)).ReturnReason.ShouldNotBeNullOrWhiteSpace();

        var repeatsNow = await db.Referrals
            .Where(r => r.Status == ReferralStatus.Submitted || r.Status == ReferralStatus.Accepted)
            .Where(RepeatRule.IsRepeat(db.Referrals))
            .CountAsync();
        repeatsNow.ShouldBeGreaterThanOrEqualTo(1);
        (await db.People.AnyAsync(p => p.GivenName == "Łucja" && p.FamilyName == "Nowak")).ShouldBeTrue();
        (await db.PersonAliases.AnyAsync(a => a.Name == "فاطمة السيد")).ShouldBeTrue();
        (await db.PersonAliases.AnyAsync(a => a.Name == "陈美")).ShouldBeTrue();
    }

    [Fact]
    public async Task Partnership_agencies_and_staff_are_there()
    {
        await using var db = fixture.Database.NewContext();
        var settings = await db.PartnershipSettings.SingleAsync();
        settings.PartnershipName.ShouldBe("Coventry (demo) MARAC partnership");
        settings.AdultFemalePopulation.ShouldBe(144000);
        settings.CaseRetentionYears.ShouldBeGreaterThanOrEqualTo(50);

        var agencies = await db.Agencies.ToDictionaryAsync(a => a.Name);
        agencies["West Midlands Police"].SourceCategory.ShouldBe(ReferralSource.Police);
        agencies["CAFCASS"].ServesOnlyChildren.ShouldBeTrue();
        agencies.Values.ShouldAllBe(a => a.TenantId == null && a.InformationSharingAgreementDate != null);

        var users = await db.StaffUsers.ToListAsync();
        users.Count.ShouldBe(Marac.Data.Demo.DemoPartnership.Users.Count);
        users.ShouldAllBe(u => u.Status == StaffUserStatus.Active && u.TenantId == Marac.Data.Demo.DemoPartnership.DevelopmentTenantId);
        foreach (var role in Enum.GetValues<AppRoles>().Where(r => r != AppRoles.None))
        {
            users.ShouldContain(u => u.Roles.HasFlag(role), $"no demo user has {role}");
        }

        var audit = await db.AuditEvents.OrderByDescending(e => e.Sequence).FirstAsync();
        audit.EntityType.ShouldBe("DemoPartnership");
    }
}

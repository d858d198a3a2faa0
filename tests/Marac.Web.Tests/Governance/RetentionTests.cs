using Marac.Data.Auditing;
using Marac.Data.Entities;
using Marac.Data.Providers;
using Marac.Web.Features.Governance.Retention;
using Marac.Web.Features.Statistics.Computation;
using Marac.Web.Tests.Infrastructure;
using Marac.Web.Tests.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Marac.Web.Tests.Governance;

/// <summary>Anonymisation of expired cases and the audit purge, on a small database of their own.</summary>
public sealed class RetentionTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly StatisticsPeriod Year2018 = StatisticsPeriod.Range(new DateOnly(2018, 1, 1), new DateOnly(2018, 12, 31));

    [Fact]
    public async Task Anonymising_expired_cases_leaves_every_statistics_figure_unchanged_and_skips_a_case_under_legal_hold()
    {
        await using var database = await StatisticsTestDatabase.CreateAsync();
        var cases = new CaseSet(database);
        var (held, recent, reviewed) = await AddCasesAsync(database, cases);
        var clock = new FakeTimeProvider(Now);
        var before = await FiguresAsync(database, clock);

        await using (var db = database.NewContext())
        {
            (await new CaseAnonymiser(db, clock).RunAsync()).ShouldBe(4);
        }

        (await FiguresAsync(database, clock)).ShouldBe(before);
        await using var check = database.NewContext();
        var referrals = await check.Referrals.AsNoTracking().Include(r => r.Victim).Include(r => r.Perpetrators).ThenInclude(p => p.Person)
            .Include(r => r.Children).ThenInclude(c => c.Person).ToListAsync();
        foreach (var anonymised in referrals.Where(r => r.Id != held && r.Id != recent && r.Id != reviewed))
        {
            anonymised.AnonymisedAt.ShouldNotBeNull();
            anonymised.RiskNarrative.ShouldBeNull();
            anonymised.Victim.FullName.ShouldBeEmpty();
            anonymised.Victim.Address.ShouldBeNull();
            anonymised.Victim.NameKey.ShouldBeEmpty();
            anonymised.Perpetrators.ShouldAllBe(p => p.Person.FullName == "");
            anonymised.Children.ShouldAllBe(c => c.Person.FullName == "");
        }
        var kept = referrals.Single(r => r.Id == held);
        kept.AnonymisedAt.ShouldBeNull();
        kept.Victim.FullName.ShouldNotBeEmpty();
        kept.RiskNarrative.ShouldBe("Narrative that must stay");
        referrals.Single(r => r.Id == recent).AnonymisedAt.ShouldBeNull();
        referrals.Single(r => r.Id == reviewed).AnonymisedAt.ShouldBeNull();
    }

    [Fact]
    public async Task A_date_of_birth_keeps_only_the_age_it_gave_at_the_referral_date()
    {
        var referral = new DateOnly(2018, 3, 1);
        Anonymisation.AgeOnly(new DateOnly(2001, 9, 15), referral).ShouldBe(new DateOnly(2001, 9, 1));
        Anonymisation.AgeOnly(new DateOnly(2001, 3, 1), referral).ShouldBe(new DateOnly(2000, 9, 1));
        Anonymisation.AgeOnly(null, referral).ShouldBeNull();
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Purging_expired_audit_writes_a_checkpoint_and_the_rest_of_the_chain_still_verifies()
    {
        await using var database = await StatisticsTestDatabase.CreateAsync();
        var connection = database.NewContext().Database.GetConnectionString()!;
        // Audit time only moves forward: the database was set up (and audited) today, so the old events come
        // after it, and "now" for the purge is years ahead.
        var now = DateTimeOffset.UtcNow.AddYears(10);
        await RecordAsync(connection, new FakeTimeProvider(now.AddYears(-8)), 5);
        await RecordAsync(connection, new FakeTimeProvider(now.AddDays(-1)), 3);
        var clock = new FakeTimeProvider(now);
        await using var db = Context(connection, clock);
        var total = await db.AuditEvents.CountAsync();
        var cutoff = now.AddYears(-7).UtcDateTime;
        var expired = await db.AuditEvents.CountAsync(e => e.OccurredAt < cutoff);
        expired.ShouldBeGreaterThanOrEqualTo(5);

        var purger = new AuditPurger(new MaintenanceDatabase(db, new ConfigurationBuilder().Build(), new SystemAuditActor("test"), clock), clock);
        var result = await purger.PurgeAsync(purgedByUserId: 1);

        result.Deleted.ShouldBe(expired);
        (await db.AuditEvents.CountAsync()).ShouldBe(total - expired + 1);
        var checkpoint = await db.AuditCheckpoints.SingleAsync();
        checkpoint.LastPurgedSequence.ShouldBe(result.LastPurgedSequence!.Value);
        checkpoint.PurgedByUserId.ShouldBe(1);
        (await db.AuditEvents.MinAsync(e => e.Sequence)).ShouldBe(checkpoint.LastPurgedSequence + 1);
        (await new AuditChainVerifier(db).VerifyAsync()).IsIntact.ShouldBeTrue();

        // The chain goes on from what remains, and still verifies.
        await RecordAsync(connection, clock, 2);
        var verified = await new AuditChainVerifier(db).VerifyAsync();
        verified.IsIntact.ShouldBeTrue();
        verified.EventsChecked.ShouldBe(total - expired + 3);

        // Nothing more is due: a second purge deletes nothing.
        (await purger.PurgeAsync(1)).Deleted.ShouldBe(0);
    }

    private static async Task<(int Held, int Recent, int Reviewed)> AddCasesAsync(StatisticsTestDatabase database, CaseSet cases)
    {
        var march = await cases.MeetingAsync(new DateOnly(2018, 3, 15));
        var october = await cases.MeetingAsync(new DateOnly(2018, 10, 4));
        var last = await cases.MeetingAsync(new DateOnly(2025, 11, 6));
        var victim = Guid.NewGuid();
        var perpetrator = Guid.NewGuid();
        await cases.CaseAsync(new TestCase
        {
            ReferralDate = new DateOnly(2018, 3, 1), VictimSubject = victim, PerpetratorSubjects = [perpetrator], Children = 2,
            VictimDateOfBirth = new DateOnly(2001, 9, 15), PerpetratorDateOfBirth = new DateOnly(2000, 6, 1), Sources = [ReferralSource.Police, ReferralSource.Idva],
        }, march);
        await cases.CaseAsync(new TestCase
        {
            ReferralDate = new DateOnly(2018, 9, 20), VictimSubject = victim, PerpetratorSubjects = [perpetrator], Gender = Gender.Male,
            Ethnicity = Ethnicity.AsianPakistani, Disabled = YesNoNotKnown.Yes, Lgbt = YesNoNotKnown.Yes, ImportedChildrenCount = 3,
        }, october);
        await cases.CaseAsync(new TestCase { ReferralDate = new DateOnly(2018, 9, 25), Sources = [ReferralSource.Housing] }, october);
        await cases.ReferralOnlyAsync(new TestCase { ReferralDate = new DateOnly(2017, 5, 1), Status = ReferralStatus.Returned });
        var held = await cases.CaseAsync(new TestCase { ReferralDate = new DateOnly(2018, 9, 26) }, october);
        // Referred long ago, deferred, and heard last November: its retention runs from that meeting.
        var recent = await cases.CaseAsync(new TestCase { ReferralDate = new DateOnly(2018, 9, 27) }, last, october);
        // Heard in 2018 and listed again last November to review its incomplete actions: retention runs from the review.
        var reviewed = await cases.CaseAsync(new TestCase { ReferralDate = new DateOnly(2018, 9, 28) }, october);
        await using var db = database.NewContext();
        db.AgendaItems.Add(new AgendaItem { MeetingId = last, ReferralId = reviewed, Section = AgendaSection.IncompleteActions, Order = 1, Status = AgendaItemStatus.Reviewed });
        await db.SaveChangesAsync();
        await db.Referrals.ExecuteUpdateAsync(s => s.SetProperty(r => r.RiskNarrative, "Narrative that must stay"));
        await db.People.ExecuteUpdateAsync(s => s.SetProperty(p => p.Address, "1 Test Street"));
        await db.Referrals.Where(r => r.Id == held).ExecuteUpdateAsync(s => s.SetProperty(r => r.LegalHoldReason, "Domestic homicide review"));
        return (held, recent, reviewed);
    }

    private static async Task<string> FiguresAsync(StatisticsTestDatabase database, TimeProvider clock)
    {
        await using var db = database.NewContext();
        var report = await new StatisticsCalculator(db, clock).ComputeAsync(Year2018);
        var f = report.Figures;
        return string.Join("|", f.Cases, f.Repeats, f.Children, f.Minoritised, f.EthnicityNotKnown, f.Lgbt, f.Disabled, f.Male, f.Aged16To17,
            f.PerpetratorsAged17OrUnder, string.Join(",", f.Sources.OrderBy(s => s.Key).Select(s => $"{s.Key}={s.Value:0.###}")));
    }

    /// <summary>One audit key for every context of the test, as one partnership's configuration would give.</summary>
    private static readonly AuditKeys Keys = AuditKeys.Ephemeral();

    private static SqliteMaracDbContext Context(string connection, TimeProvider clock) =>
        new(new DbContextOptionsBuilder<SqliteMaracDbContext>().UseSqlite(connection).Options, new SystemAuditActor("test"), clock, Keys);

    private static async Task RecordAsync(string connection, TimeProvider clock, int count)
    {
        await using var db = Context(connection, clock);
        for (var i = 0; i < count; i++)
        {
            db.RecordAudit(AuditAction.View, "RetentionTest", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        await db.SaveChangesAsync();
    }
}

using Marac.Data.Entities;
using Marac.Data.Referrals;
using Marac.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Marac.Data.Tests.Referrals;

/// <summary>The repeat rule, run in the database: same victim, a shared perpetrator, within 12 months.</summary>
public sealed class RepeatRuleTests : IAsyncLifetime
{
    private static readonly DateOnly FirstReferral = new(2025, 3, 15);
    private readonly Guid _victim = Guid.NewGuid();
    private readonly Guid _perpetrator = Guid.NewGuid();
    private SqliteTestDatabase _database = null!;
    private int _sequence;

    public async Task InitializeAsync() => _database = await SqliteTestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task The_same_victim_and_perpetrator_11_months_later_is_a_repeat()
    {
        await AddReferralAsync(FirstReferral, _victim, _perpetrator);
        var later = await AddReferralAsync(FirstReferral.AddMonths(11), _victim, _perpetrator);

        (await IsRepeatAsync(later)).ShouldBeTrue();
    }

    [Fact]
    public async Task Exactly_12_months_later_is_still_a_repeat()
    {
        await AddReferralAsync(FirstReferral, _victim, _perpetrator);
        var later = await AddReferralAsync(FirstReferral.AddMonths(12), _victim, _perpetrator);

        (await IsRepeatAsync(later)).ShouldBeTrue();
    }

    [Fact]
    public async Task Thirteen_months_later_is_a_new_referral()
    {
        await AddReferralAsync(FirstReferral, _victim, _perpetrator);
        var later = await AddReferralAsync(FirstReferral.AddMonths(13), _victim, _perpetrator);

        (await IsRepeatAsync(later)).ShouldBeFalse();
    }

    [Fact]
    public async Task The_same_victim_with_a_different_perpetrator_is_a_new_referral()
    {
        await AddReferralAsync(FirstReferral, _victim, _perpetrator);
        var later = await AddReferralAsync(FirstReferral.AddMonths(3), _victim, Guid.NewGuid());

        (await IsRepeatAsync(later)).ShouldBeFalse();
    }

    [Fact]
    public async Task One_shared_perpetrator_among_several_is_enough()
    {
        await AddReferralAsync(FirstReferral, _victim, _perpetrator);
        var later = await AddReferralAsync(FirstReferral.AddMonths(3), _victim, Guid.NewGuid(), _perpetrator);

        (await IsRepeatAsync(later)).ShouldBeTrue();
    }

    [Fact]
    public async Task The_first_referral_is_not_a_repeat_of_a_later_one()
    {
        var first = await AddReferralAsync(FirstReferral, _victim, _perpetrator);
        await AddReferralAsync(FirstReferral.AddMonths(2), _victim, _perpetrator);

        (await IsRepeatAsync(first)).ShouldBeFalse();
    }

    [Fact]
    public async Task A_returned_earlier_referral_does_not_count()
    {
        await AddReferralAsync(FirstReferral, _victim, _perpetrator, status: ReferralStatus.Returned);
        var later = await AddReferralAsync(FirstReferral.AddMonths(2), _victim, _perpetrator);

        (await IsRepeatAsync(later)).ShouldBeFalse();
    }

    [Fact]
    public async Task A_coordinators_override_wins_either_way()
    {
        await AddReferralAsync(FirstReferral, _victim, _perpetrator);
        var repeat = await AddReferralAsync(FirstReferral.AddMonths(2), _victim, _perpetrator, repeatOverride: false);
        var newCase = await AddReferralAsync(FirstReferral.AddMonths(2), Guid.NewGuid(), Guid.NewGuid(), repeatOverride: true);

        (await IsRepeatAsync(repeat)).ShouldBeFalse();
        (await IsRepeatAsync(newCase)).ShouldBeTrue();
    }

    private async Task<bool> IsRepeatAsync(int referralId)
    {
        await using var db = _database.NewContext();
        return await db.Referrals.Where(r => r.Id == referralId).WhereRepeat(db.Referrals).AnyAsync();
    }

    private async Task<int> AddReferralAsync(DateOnly date, Guid victim, Guid perpetrator, Guid? secondPerpetrator = null,
        ReferralStatus status = ReferralStatus.Heard, bool? repeatOverride = null)
    {
        await using var db = _database.NewContext();
        var n = ++_sequence;
        var referral = new Referral
        {
            Reference = $"T-{n:D4}",
            Status = status,
            ReferralDate = date,
            SubmissionToken = Guid.NewGuid(),
            RepeatOverride = repeatOverride,
            RepeatOverrideReason = repeatOverride is null ? null : "Test override",
            Victim = new Person { SubjectId = victim, GivenName = "Victim", FamilyName = $"Number {n}" },
        };
        referral.Perpetrators.Add(new ReferralPerpetrator { Person = new Person { SubjectId = perpetrator, GivenName = "Perpetrator", FamilyName = "One" } });
        if (secondPerpetrator is { } second)
        {
            referral.Perpetrators.Add(new ReferralPerpetrator { Person = new Person { SubjectId = second, GivenName = "Perpetrator", FamilyName = "Two" } });
        }
        db.Referrals.Add(referral);
        await db.SaveChangesAsync();
        return referral.Id;
    }
}

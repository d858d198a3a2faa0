using Marac.Data.Entities;

namespace Marac.Web.Tests.Statistics;

/// <summary>One hand-made case for a statistics test: who, when and where it was heard.</summary>
public sealed record TestCase
{
    public DateOnly ReferralDate { get; init; } = new(2024, 1, 10);
    public ReferralSource[] Sources { get; init; } = [ReferralSource.Police];
    /// <summary>Extra agencies by id (a second police force, say).</summary>
    public int[] ExtraAgencyIds { get; init; } = [];
    public Guid VictimSubject { get; init; } = Guid.NewGuid();
    public Guid[] PerpetratorSubjects { get; init; } = [Guid.NewGuid()];
    public DateOnly? PerpetratorDateOfBirth { get; init; }
    public DateOnly? VictimDateOfBirth { get; init; } = new(1990, 1, 1);
    public Gender Gender { get; init; } = Gender.Female;
    public Ethnicity Ethnicity { get; init; } = Ethnicity.WhiteBritish;
    public YesNoNotKnown Disabled { get; init; } = YesNoNotKnown.No;
    public YesNoNotKnown Lgbt { get; init; } = YesNoNotKnown.No;
    public int Children { get; init; }
    public int? ImportedChildrenCount { get; init; }
    public ReferralStatus Status { get; init; } = ReferralStatus.Heard;
    public bool? RepeatOverride { get; init; }
}

/// <summary>Writes hand-made meetings and cases into a <see cref="StatisticsTestDatabase"/>.</summary>
public sealed class CaseSet(StatisticsTestDatabase database)
{
    private int _sequence;

    public async Task<int> MeetingAsync(DateOnly date, MeetingStatus status = MeetingStatus.Concluded)
    {
        await using var db = database.NewContext();
        var meeting = new Meeting { StartsAt = date.ToDateTime(new TimeOnly(9, 30)), Status = status };
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();
        return meeting.Id;
    }

    /// <summary>Adds the case, heard at <paramref name="heardAt"/> after being deferred at each of <paramref name="deferredAt"/>.</summary>
    public async Task<int> CaseAsync(TestCase testCase, int heardAt, params int[] deferredAt)
    {
        await using var db = database.NewContext();
        var referral = NewReferral(testCase);
        foreach (var meetingId in deferredAt)
        {
            referral.AgendaItems.Add(new AgendaItem { MeetingId = meetingId, Status = AgendaItemStatus.Deferred, Section = AgendaSection.AdultOnlyCases });
        }
        referral.AgendaItems.Add(new AgendaItem { MeetingId = heardAt, Status = AgendaItemStatus.Heard, Section = AgendaSection.AdultOnlyCases });
        db.Referrals.Add(referral);
        await db.SaveChangesAsync();
        return referral.Id;
    }

    /// <summary>A referral never heard (an earlier referral for the repeat rule, say).</summary>
    public async Task<int> ReferralOnlyAsync(TestCase testCase)
    {
        await using var db = database.NewContext();
        var referral = NewReferral(testCase);
        db.Referrals.Add(referral);
        await db.SaveChangesAsync();
        return referral.Id;
    }

    private Referral NewReferral(TestCase c)
    {
        var n = ++_sequence;
        var referral = new Referral
        {
            Reference = $"S-{n:D4}",
            Status = c.Status,
            ReferralDate = c.ReferralDate,
            SubmissionToken = Guid.NewGuid(),
            ImportedChildrenCount = c.ImportedChildrenCount,
            RepeatOverride = c.RepeatOverride,
            RepeatOverrideReason = c.RepeatOverride is null ? null : "Test",
            Victim = new Person
            {
                SubjectId = c.VictimSubject, GivenName = "Victim", FamilyName = $"Case {n}", DateOfBirth = c.VictimDateOfBirth,
                Gender = c.Gender, Ethnicity = c.Ethnicity, Disabled = c.Disabled, Lgbt = c.Lgbt,
            },
        };
        foreach (var agencyId in c.Sources.Select(s => database.AgencyIds[s]).Concat(c.ExtraAgencyIds))
        {
            referral.ReferringAgencies.Add(new ReferralAgency { AgencyId = agencyId });
        }
        foreach (var subject in c.PerpetratorSubjects)
        {
            referral.Perpetrators.Add(new ReferralPerpetrator
            {
                Person = new Person { SubjectId = subject, GivenName = "Perpetrator", FamilyName = $"Case {n}", DateOfBirth = c.PerpetratorDateOfBirth },
            });
        }
        for (var i = 0; i < c.Children; i++)
        {
            referral.Children.Add(new ReferralChild { Person = new Person { GivenName = "Child", FamilyName = $"{i + 1} of case {n}" } });
        }
        return referral;
    }
}

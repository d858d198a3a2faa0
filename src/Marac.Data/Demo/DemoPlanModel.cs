using Marac.Data.Entities;

namespace Marac.Data.Demo;

/// <summary>A person's name and language, chosen when the person is first written.</summary>
internal sealed record DemoIdentity(NameCulture Culture, string GivenName, string FamilyName, string Language, bool InterpreterNeeded);

/// <summary>One real victim (one subject id), who may appear on several referrals.</summary>
internal sealed class VictimPlan
{
    public required Guid SubjectId { get; init; }
    public DateOnly DateOfBirth { get; set; }
    public Gender Gender { get; set; } = Gender.Female;
    public Ethnicity Ethnicity { get; set; }
    public YesNoNotKnown Disabled { get; set; } = YesNoNotKnown.No;
    public YesNoNotKnown Lgbt { get; set; } = YesNoNotKnown.No;
    /// <summary>Given a counted attribute (male, disabled, LGBT+, aged 16-17, young perpetrator) by the quotas.</summary>
    public bool IsSpecial { get; set; }
    public List<CasePlan> Cases { get; } = [];
    public DemoIdentity? Identity { get; set; }
    public List<string> Aliases { get; } = [];
    public string? Address { get; set; }
    public string? Postcode { get; set; }
    public string? Phone { get; set; }

    public bool IsSingleton => Cases.Count == 1;
}

/// <summary>One real perpetrator (one subject id).</summary>
internal sealed class PerpetratorPlan
{
    public required Guid SubjectId { get; init; }
    public DateOnly DateOfBirth { get; set; }
    /// <summary>Set when the plan needs a particular relationship (a son, an in-law); otherwise chosen when written.</summary>
    public string? Relationship { get; set; }
    public Gender? Gender { get; set; }
    public Ethnicity? Ethnicity { get; set; }
    public DemoIdentity? Identity { get; set; }
    public string? Address { get; set; }
    public string? Postcode { get; set; }
}

/// <summary>One real child in a victim's household.</summary>
internal sealed class ChildPlan
{
    public required Guid SubjectId { get; init; }
    public DateOnly DateOfBirth { get; set; }
    public Gender Gender { get; set; }
    public string? GivenName { get; set; }
    /// <summary>The perpetrator who is the child's parent, if any; settled when the child is first written.</summary>
    public PerpetratorPlan? Parent { get; set; }
    public bool ParentSettled { get; set; }
}

/// <summary>One case heard by the demo MARAC: a referral, the meeting that heard it and, rarely, the one that deferred it.</summary>
internal sealed class CasePlan
{
    public required VictimPlan Victim { get; init; }
    public required DateOnly ReferralDate { get; init; }
    public required int HeardMeeting { get; init; }
    public int? DeferredMeeting { get; init; }
    public required DateOnly HeardOn { get; init; }
    public List<PerpetratorPlan> Perpetrators { get; } = [];
    public List<ChildPlan> Children { get; } = [];
    /// <summary>What the repeat rule will say: the same victim and a same perpetrator within 12 months.</summary>
    public bool IsRepeat { get; set; }
    public CasePlan? PreviousOfVictim { get; set; }
    public string Reference { get; set; } = "";

    public int SafeLivesYear => DemoCalendar.SafeLivesYear(HeardOn);
    public int VictimAge => DemoCalendar.AgeOn(Victim.DateOfBirth, ReferralDate);
}

/// <summary>The whole planned history, before anything is written.</summary>
internal sealed class DemoHistoryPlan
{
    public List<DateOnly> Meetings { get; } = [];
    public List<CasePlan> Cases { get; } = [];
    public Dictionary<int, DemoYearProfile> Profiles { get; } = [];
}

namespace Marac.Web.Features.Statistics.Computation;

/// <summary>
/// What happened to the actions an agency was given at the period's meetings. Proposed and declined
/// actions were never agreed and are not counted.
/// </summary>
public sealed record ActionFigures(int Agreed, int CompletedOnTime, int CompletedLate, int NotPossible, int NotDone, int OpenNotYetDue, int OpenOverdue)
{
    public static ActionFigures None { get; } = new(0, 0, 0, 0, 0, 0, 0);

    public int Completed => CompletedOnTime + CompletedLate;

    public ActionFigures Plus(ActionFigures o) => new(Agreed + o.Agreed, CompletedOnTime + o.CompletedOnTime, CompletedLate + o.CompletedLate,
        NotPossible + o.NotPossible, NotDone + o.NotDone, OpenNotYetDue + o.OpenNotYetDue, OpenOverdue + o.OpenOverdue);
}

/// <summary>
/// One agency's part in the period's meetings, for the steering group: meetings it was invited to and
/// attended (by a member of its staff who was not an observer), research returns made for the cases
/// listed at the meetings it was invited to, and its actions.
/// </summary>
public sealed record AgencyFigures(int AgencyId, string Agency, int MeetingsInvited, int MeetingsAttended, int CasesListed, int ResearchReturns, ActionFigures Actions)
{
    public double? AttendancePercent => MeetingsInvited == 0 ? null : 100.0 * MeetingsAttended / MeetingsInvited;

    public double? ResearchReturnPercent => CasesListed == 0 ? null : 100.0 * ResearchReturns / CasesListed;
}

/// <summary>The steering-group figures of a period: one row per agency that took any part, by name.</summary>
public sealed record SteeringGroupFigures(IReadOnlyList<AgencyFigures> Agencies, DateOnly ActionsOverdueOn)
{
    public static SteeringGroupFigures None { get; } = new([], DateOnly.MinValue);

    public AgencyFigures Total => new(0, "All agencies", Agencies.Sum(a => a.MeetingsInvited), Agencies.Sum(a => a.MeetingsAttended),
        Agencies.Sum(a => a.CasesListed), Agencies.Sum(a => a.ResearchReturns), Agencies.Aggregate(ActionFigures.None, (sum, a) => sum.Plus(a.Actions)));
}

using Marac.Data;
using Marac.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Meetings;

/// <summary>Where one invited agency stands on one case. NotExpected: a children-only agency and an adult-only case.</summary>
public enum ReturnState { Outstanding, HoldsInformation, NothingHeld, NotExpected }

public sealed record OverviewAgency(int Id, string Name);

public sealed record OverviewCase(int ReferralId, string Reference, IReadOnlyDictionary<int, ReturnState> States)
{
    /// <summary>Agencies expected to return on the case (not children-only agencies on an adult-only case).</summary>
    public int Expected => States.Values.Count(s => s != ReturnState.NotExpected);

    public int Returned => States.Values.Count(s => s is ReturnState.HoldsInformation or ReturnState.NothingHeld);
}

/// <summary>Who has returned what, for the whole agenda: answers only, never what was shared or kept back.</summary>
public sealed record ResearchOverviewView(IReadOnlyList<OverviewAgency> Agencies, IReadOnlyList<OverviewCase> Cases)
{
    public int Outstanding => Cases.Sum(c => c.States.Values.Count(s => s == ReturnState.Outstanding));

    /// <summary>How many cases each agency has still to return on.</summary>
    public int OutstandingFor(int agencyId) => Cases.Count(c => c.States[agencyId] == ReturnState.Outstanding);

    public IReadOnlySet<int> AgenciesOutstanding =>
        Cases.SelectMany(c => c.States).Where(s => s.Value == ReturnState.Outstanding).Select(s => s.Key).ToHashSet();
}

public sealed class ResearchOverview(MaracDbContext db)
{
    public async Task<ResearchOverviewView> ForAsync(int meetingId)
    {
        var agencies = await db.MeetingAgencies.AsNoTracking().Where(a => a.MeetingId == meetingId)
            .OrderBy(a => a.Agency.Name).Select(a => new { a.AgencyId, a.Agency.Name, a.Agency.ServesOnlyChildren }).ToListAsync();
        var cases = await db.AgendaItems.AsNoTracking().Where(i => i.MeetingId == meetingId && i.Status == AgendaItemStatus.Listed)
            .OrderBy(i => i.Section).ThenBy(i => i.Order).ThenBy(i => i.Id)
            .Select(i => new { i.ReferralId, i.Referral.Reference, WithChildren = i.Referral.Children.Any() || i.Referral.ImportedChildrenCount > 0 })
            .ToListAsync();
        // Only the answer is read: the shared summaries and the private note stay out of the coordinator's view.
        var answers = await db.ResearchReturns.AsNoTracking().Where(r => r.MeetingId == meetingId)
            .Select(r => new { r.ReferralId, r.AgencyId, r.Answer }).ToListAsync();
        var byKey = answers.ToDictionary(a => (a.ReferralId, a.AgencyId), a => a.Answer);
        var rows = cases.Select(c => new OverviewCase(c.ReferralId, c.Reference, agencies.ToDictionary(a => a.AgencyId, a =>
            a.ServesOnlyChildren && !c.WithChildren ? ReturnState.NotExpected
            : byKey.TryGetValue((c.ReferralId, a.AgencyId), out var answer) ? State(answer)
            : ReturnState.Outstanding))).ToList();
        return new ResearchOverviewView(agencies.Select(a => new OverviewAgency(a.AgencyId, a.Name)).ToList(), rows);
    }

    private static ReturnState State(ResearchAnswer answer) =>
        answer == ResearchAnswer.NothingHeld ? ReturnState.NothingHeld : ReturnState.HoldsInformation;
}

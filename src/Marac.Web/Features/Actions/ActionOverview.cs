using System.Globalization;
using Marac.Data;
using Marac.Data.Auditing;
using Marac.Data.Entities;
using Marac.Sharing.Categories;
using Marac.Sharing.Policy;
using Marac.Sharing.Summaries;
using Marac.Web.Features.Sharing;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Actions;

/// <summary>An open action whose due date has passed.</summary>
public sealed record OverdueAction(Guid Id, int ReferralId, string Reference, string Agency, SharedValue Description, DateOnly DueDate, int DaysOverdue);

/// <summary>One agency's actions due in the last 12 months, for the steering group.</summary>
public sealed record AgencyCompletion(string Agency, int Due, int Done, int NotPossible, int NotDone, int Overdue)
{
    /// <summary>Actions not done or overdue at or above this count are persistent non-completion.</summary>
    public const int PersistentThreshold = 3;

    public int NotCompleted => NotDone + Overdue;

    public bool Persistent => NotCompleted >= PersistentThreshold;
}

/// <summary>
/// The coordinator's view of actions: every overdue action (due date passed, still open), and by agency the
/// actions due in the last 12 months that were not done or are overdue. Each case shown is audited, the audit
/// committed before the page is shown.
/// </summary>
public sealed class ActionOverview(MaracDbContext db, PartnershipRedactor redactors, TimeProvider clock)
{
    public async Task<(List<OverdueAction> Overdue, List<AgencyCompletion> ByAgency)> ReadAsync()
    {
        await using var read = await AuditedRead.BeginAsync(db);
        var today = UkTime.Today(clock);
        var redactor = await redactors.GetAsync();
        var granted = SharingPolicy.OnSharedRecord(CategorySet.Grantable);
        var overdue = (await db.MeetingActions.AsNoTracking()
                .Where(a => a.Status == MeetingActionStatus.Open && a.DueDate < today)
                .Join(db.Referrals, a => a.ReferralId, r => r.Id, (a, r) => new { a.Id, a.ReferralId, r.Reference, Agency = a.OwnerAgency.Name, a.Description, a.DueDate })
                .OrderBy(a => a.DueDate).ThenBy(a => a.Agency)
                .ToListAsync())
            .Select(a => new OverdueAction(a.Id, a.ReferralId, a.Reference, a.Agency,
                SharedText.For("Action", DataCategory.CaseManagement, a.Description, granted, redactor), a.DueDate, today.DayNumber - a.DueDate.DayNumber))
            .ToList();
        foreach (var referralId in overdue.Select(a => a.ReferralId).Distinct())
        {
            db.RecordAudit(AuditAction.View, nameof(Referral), referralId.ToString(CultureInfo.InvariantCulture), referralId,
                detail: CategorySet.Of(DataCategory.CaseManagement).ToString(), outcome: "overdue actions");
        }
        var byAgency = await ByAgencyAsync(today);
        await read.CompleteAsync();
        return (overdue, byAgency);
    }

    private async Task<List<AgencyCompletion>> ByAgencyAsync(DateOnly today)
    {
        var from = today.AddMonths(-12);
        var rows = await db.MeetingActions.AsNoTracking()
            .Where(a => a.DueDate >= from && a.DueDate < today && a.Status != MeetingActionStatus.Proposed && a.Status != MeetingActionStatus.Declined)
            .GroupBy(a => a.OwnerAgency.Name)
            .Select(g => new AgencyCompletion(g.Key, g.Count(),
                g.Count(a => a.Status == MeetingActionStatus.Done),
                g.Count(a => a.Status == MeetingActionStatus.NotPossible),
                g.Count(a => a.Status == MeetingActionStatus.NotDone),
                g.Count(a => a.Status == MeetingActionStatus.Open)))
            .ToListAsync();
        return rows.OrderByDescending(r => r.NotCompleted).ThenBy(r => r.Agency, StringComparer.OrdinalIgnoreCase).ToList();
    }
}

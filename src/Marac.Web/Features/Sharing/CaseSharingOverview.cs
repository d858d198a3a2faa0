using Marac.Data;
using Marac.Data.Entities;
using Marac.Sharing.Categories;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Sharing;

public sealed record GrantRow(int Id, string Grantee, string Scope, string Basis, CategorySet Categories, DateTime ValidTo, DateTime? RevokedAt, string Purpose)
{
    public bool IsLive(DateTime now) => RevokedAt is null && ValidTo > now;
}

public sealed record ExclusionRow(int Id, string Who, string Reason, DateTime RecordedAt);

public sealed record DisclosureRow(DateTime At, string Who, string Shown, string? Withheld, int? GrantId, string? Outcome);

/// <summary>For a coordinator: the grants covering a case or a meeting, its exclusions, and who has seen it.</summary>
public sealed class CaseSharingOverview(MaracDbContext db)
{
    public Task<List<GrantRow>> GrantsForCaseAsync(int referralId)
    {
        var meetings = db.AgendaItems.Where(i => i.ReferralId == referralId && i.Status != AgendaItemStatus.Deferred).Select(i => i.MeetingId);
        return Rows(db.AccessGrants.Where(g => g.ReferralId == referralId || (g.MeetingId != null && meetings.Contains(g.MeetingId.Value))));
    }

    public Task<List<GrantRow>> GrantsForMeetingAsync(int meetingId)
    {
        var cases = db.AgendaItems.Where(i => i.MeetingId == meetingId).Select(i => i.ReferralId);
        return Rows(db.AccessGrants.Where(g => g.MeetingId == meetingId || (g.ReferralId != null && cases.Contains(g.ReferralId.Value))));
    }

    public Task<List<ExclusionRow>> ExclusionsAsync(int referralId) =>
        db.CaseExclusions.AsNoTracking().Where(e => e.ReferralId == referralId && e.RemovedAt == null).OrderBy(e => e.RecordedAt)
            .Select(e => new ExclusionRow(e.Id, e.StaffUser != null ? e.StaffUser.DisplayName : e.Agency!.Name + " (whole agency)", e.Reason, e.RecordedAt))
            .ToListAsync();

    /// <summary>The disclosure record: every view and export of the case, newest first.</summary>
    public Task<List<DisclosureRow>> DisclosuresAsync(int referralId) =>
        db.AuditEvents.AsNoTracking()
            .Where(e => e.ReferralId == referralId && (e.Action == AuditAction.View || e.Action == AuditAction.Export))
            .OrderByDescending(e => e.Sequence).Take(200)
            .Select(e => new DisclosureRow(e.OccurredAt, e.UserDisplay ?? "System", e.Detail ?? "", e.WithheldCategories, e.GrantId, e.Outcome))
            .ToListAsync();

    private static Task<List<GrantRow>> Rows(IQueryable<AccessGrant> grants) =>
        grants.AsNoTracking().OrderBy(g => g.RevokedAt != null).ThenBy(g => g.Id)
            .Select(g => new GrantRow(g.Id,
                g.StaffUser != null ? g.StaffUser.DisplayName : g.Agency!.Name,
                g.ReferralId != null ? "One case" : "Whole meeting",
                g.LawfulBasis.Name, new CategorySet(g.Categories), g.ValidTo, g.RevokedAt, g.Purpose))
            .ToListAsync();
}

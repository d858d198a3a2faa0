using System.Globalization;
using System.Security.Claims;
using Marac.Data;
using Marac.Data.Auditing;
using Marac.Data.Entities;
using Marac.Data.Referrals;
using Marac.Sharing.Categories;
using Marac.Sharing.Grants;
using Marac.Web.Features.Sharing;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Referrals;

/// <summary>
/// A referral as one viewer may see it. <see cref="AsSubmitted"/>: the referring person's snapshot, not the live
/// record; <see cref="ContentKept"/> is false for a referral submitted before snapshots were kept (its status and
/// decision only).
/// </summary>
public sealed record ReferralView(Referral Referral, bool IsRepeat, RiskInstrument Instrument, bool AsSubmitted = false, bool ContentKept = true);

/// <summary>
/// Reads one referral for a viewer, as the sharing policy allows: coordinators the live record, the referring
/// person their referral as submitted (and their own draft), nobody else (agencies read a case through their
/// grants at /cases/{id}). The read and its audit record are one transaction: if the audit cannot be written,
/// nothing is shown. A refused attempt is audited too.
/// </summary>
public sealed class ReferralReader(MaracDbContext db, CaseAccessService access)
{
    public async Task<ReferralView?> ReadAsync(int id, ClaimsPrincipal user)
    {
        var viewer = await access.ViewerAsync(user);
        var live = await LoadAsync(id);
        var decision = viewer is null || live is null ? CaseAccess.Refused("not found") : await DecideAsync(live, viewer);
        await using var read = await AuditedRead.BeginAsync(db);
        if (live is null || !IsReferralPage(decision))
        {
            await db.RecordRefusalAsync(id, "not found or not visible");
            await read.CompleteAsync();
            return null;
        }
        var view = decision.Basis == AccessBasis.Coordinator || live.Status == ReferralStatus.Draft
            ? new ReferralView(live, await IsRepeatAsync(id), await InstrumentAsync(live))
            : await AsSubmittedAsync(live);
        db.RecordAudit(AuditAction.View, nameof(Referral), id.ToString(CultureInfo.InvariantCulture), id,
            detail: view.ContentKept ? decision.ForReferral.ToString() : CategorySet.Of(DataCategory.CaseManagement).ToString(),
            outcome: view.AsSubmitted ? "referral as submitted" : null);
        await read.CompleteAsync();
        return view;
    }

    private static bool IsReferralPage(CaseAccess decision) =>
        decision.Basis == AccessBasis.Coordinator || !decision.Supplied.IsEmpty;

    /// <summary>A draft is its author's alone; a submitted referral goes through the sharing policy.</summary>
    private async Task<CaseAccess> DecideAsync(Referral live, CaseViewer viewer) =>
        live.Status == ReferralStatus.Draft
            ? live.CreatedByUserId == viewer.UserId ? new CaseAccess(AccessBasis.Supplier, CategorySet.None, CategorySet.Grantable, null, null) : CaseAccess.Refused("draft")
            : await access.DecideAsync(live.Id, viewer);

    private async Task<ReferralView> AsSubmittedAsync(Referral live)
    {
        var agencies = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id);
        if (SubmittedSnapshot.Read(live, agencies) is not { } submitted)
        {
            var statusOnly = new Referral
            {
                Id = live.Id, Reference = live.Reference, Status = live.Status, ReturnReason = live.ReturnReason,
                MergedIntoReferralId = live.MergedIntoReferralId, ReferralDate = live.ReferralDate, Victim = new Person(),
            };
            return new ReferralView(statusOnly, false, await InstrumentAsync(live), AsSubmitted: true, ContentKept: false);
        }
        return new ReferralView(submitted, false, await InstrumentAsync(submitted), AsSubmitted: true);
    }

    private Task<Referral?> LoadAsync(int id) =>
        db.Referrals.AsNoTracking()
            .Include(r => r.ReferringAgencies).ThenInclude(a => a.Agency)
            .Include(r => r.Victim).ThenInclude(v => v.Aliases)
            .Include(r => r.Perpetrators).ThenInclude(p => p.Person)
            .Include(r => r.Children).ThenInclude(c => c.Person)
            .Include(r => r.RiskAssessment).ThenInclude(a => a!.Answers)
            .Include(r => r.CreatedByUser)
            .AsSplitQuery()
            .FirstOrDefaultAsync(r => r.Id == id);

    private Task<bool> IsRepeatAsync(int id) => db.Referrals.Where(r => r.Id == id).WhereRepeat(db.Referrals).AnyAsync();

    private Task<RiskInstrument> InstrumentAsync(Referral referral)
    {
        var instrumentId = referral.RiskAssessment?.RiskInstrumentId;
        return db.RiskInstruments.AsNoTracking().Include(i => i.Questions.OrderBy(q => q.Number))
            .FirstAsync(i => instrumentId == null ? i.IsCurrent : i.Id == instrumentId);
    }
}

using System.Globalization;
using System.Security.Claims;
using AutoMapper;
using Marac.Data;
using Marac.Data.Auditing;
using Marac.Data.Entities;
using Marac.Sharing.Grants;
using Marac.Sharing.Summaries;
using Marac.Web.Features.Sharing;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Cases;

/// <summary>
/// Reads one case as the viewer may see it: the access rules decide, the case is mapped to a summary and
/// the viewer's grant applied. The disclosure (categories shown and withheld, under which grant) is
/// audited, and the audit committed before the page is shown; a refused attempt is audited too.
/// </summary>
public sealed class CaseSummaryReader(MaracDbContext db, CaseAccessService access, IMapper mapper, PartnershipRedactor redactors)
{
    public async Task<SharedCase?> ReadAsync(int referralId, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var viewer = await access.ViewerAsync(user, ct);
        var decision = viewer is null ? CaseAccess.Refused("not active staff") : await access.DecideAsync(referralId, viewer, ct);
        await using var read = await AuditedRead.BeginAsync(db, ct);
        var key = referralId.ToString(CultureInfo.InvariantCulture);
        if (!decision.Allowed)
        {
            db.RecordAudit(AuditAction.Refused, nameof(Referral), key, outcome: $"case page: {decision.RefusedBecause}");
            await read.CompleteAsync(ct);
            return null;
        }
        var summary = await SummaryAsync(referralId, decision, ct);
        var shared = CaseSharing.Share(summary, decision, viewer!.AgencyId, await redactors.GetAsync(ct));
        db.RecordAudit(AuditAction.View, nameof(Referral), key, referralId, detail: shared.Shown.ToString(),
            withheld: shared.Withheld.ToString(), grantId: decision.GrantId, outcome: $"case page ({decision.Basis})");
        await read.CompleteAsync(ct);
        return shared;
    }

    private async Task<CaseSummary> SummaryAsync(int referralId, CaseAccess decision, CancellationToken ct)
    {
        var referral = await db.Referrals.AsNoTracking()
            .Include(r => r.ReferringAgencies).ThenInclude(a => a.Agency)
            .Include(r => r.Victim).ThenInclude(v => v.Aliases)
            .Include(r => r.Perpetrators).ThenInclude(p => p.Person).ThenInclude(p => p.Aliases)
            .Include(r => r.Children).ThenInclude(c => c.Person).ThenInclude(p => p.Aliases)
            .Include(r => r.RiskAssessment).ThenInclude(a => a!.Answers)
            .AsSplitQuery()
            .FirstAsync(r => r.Id == referralId, ct);
        var summary = mapper.Map<CaseSummary>(referral);
        // The referrer's implicit grant covers what they supplied, not what other agencies added since.
        if (decision.Basis == AccessBasis.Supplier)
        {
            return summary;
        }
        summary.Research = await ResearchAsync(referralId, ct);
        summary.Hearings = await HearingsAsync(referralId, ct);
        summary.Actions = await ActionsAsync(referral, ct);
        return summary;
    }

    private async Task<List<ResearchSummary>> ResearchAsync(int referralId, CancellationToken ct)
    {
        var rows = await db.ResearchReturns.AsNoTracking().Where(r => r.ReferralId == referralId)
            .Join(db.Agencies, r => r.AgencyId, a => a.Id, (r, a) => new { Return = r, AgencyName = a.Name })
            .Join(db.Meetings, x => x.Return.MeetingId, m => m.Id, (x, m) => new { x.Return, x.AgencyName, m.StartsAt })
            .OrderBy(x => x.StartsAt).ThenBy(x => x.AgencyName)
            .ToListAsync(ct);
        return rows.Select(x =>
        {
            var research = mapper.Map<ResearchSummary>(x.Return);
            research.AgencyName = x.AgencyName;
            research.MeetingDate = DateOnly.FromDateTime(x.StartsAt);
            return research;
        }).ToList();
    }

    private Task<List<HearingSummary>> HearingsAsync(int referralId, CancellationToken ct) =>
        db.AgendaItems.AsNoTracking().Where(i => i.ReferralId == referralId && i.Status != AgendaItemStatus.Listed)
            .OrderBy(i => i.Meeting.StartsAt)
            .Select(i => new HearingSummary
            {
                MeetingDate = DateOnly.FromDateTime(i.Meeting.StartsAt), Status = i.Status, StatusReason = i.StatusReason,
                InformationSummary = i.InformationSummary, RiskSummary = i.RiskSummary,
            })
            .ToListAsync(ct);

    /// <summary>This case's accepted actions, and those of the victim's earlier referrals (a repeat brings its history).</summary>
    private async Task<List<ActionSummary>> ActionsAsync(Referral referral, CancellationToken ct)
    {
        var subject = referral.Victim.SubjectId;
        var rows = await db.MeetingActions.AsNoTracking()
            .Where(a => a.Status != MeetingActionStatus.Proposed && a.Status != MeetingActionStatus.Declined)
            .Join(db.Referrals, a => a.ReferralId, r => r.Id, (a, r) => new { Action = a, r.Victim.SubjectId, r.ReferralDate })
            .Where(x => x.Action.ReferralId == referral.Id || (x.SubjectId == subject && x.ReferralDate < referral.ReferralDate))
            .Join(db.Meetings, x => x.Action.MeetingId, m => m.Id, (x, m) => new { x.Action, m.StartsAt, x.Action.OwnerAgency.Name })
            .OrderBy(x => x.StartsAt).ThenBy(x => x.Action.DueDate)
            .ToListAsync(ct);
        return rows.Select(x => new ActionSummary
        {
            MeetingDate = DateOnly.FromDateTime(x.StartsAt), OwnerAgency = x.Name, Description = x.Action.Description,
            DueDate = x.Action.DueDate, Status = x.Action.Status, StatusNote = x.Action.StatusNote, LinkedRisk = x.Action.LinkedRisk,
            FromEarlierReferral = x.Action.ReferralId != referral.Id,
        }).ToList();
    }
}

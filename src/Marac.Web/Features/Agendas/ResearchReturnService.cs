using System.Globalization;
using System.Security.Claims;
using Marac.Data;
using Marac.Data.Auditing;
using Marac.Data.Entities;
using Marac.Sharing.Categories;
using Marac.Sharing.Summaries;
using Marac.Web.Features.Sharing;
using Marac.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Agendas;

/// <summary>One case on a published agenda, and the viewer's own agency's research return on it (if any).</summary>
public sealed record ReturnCase(Meeting Meeting, Agency Agency, int ReferralId, string Reference, ResearchReturn? Saved);

/// <summary>What a representative entered for their agency's research return.</summary>
public sealed record ReturnEntry(ResearchAnswer Answer, string? SharedFacts, string? SharedOpinion, string? NotSharedNote);

public enum ReturnSaveOutcome { Saved, Conflict, NotFound }

/// <summary>
/// An invited agency's research return on one case. Only that agency's representatives can open or record
/// it, so its private "not shared" note never reaches anyone else, coordinators included. Every opening is
/// audited, and so is a refused one.
/// </summary>
public sealed class ResearchReturnService(MaracDbContext db, CaseAccessService access, TimeProvider clock)
{
    public async Task<ReturnCase?> OpenAsync(int meetingId, int referralId, ClaimsPrincipal viewer)
    {
        await using var read = await AuditedRead.BeginAsync(db);
        var found = await FindAsync(meetingId, referralId, viewer);
        if (found is null)
        {
            RecordRefusal(meetingId, referralId);
        }
        else
        {
            db.RecordAudit(AuditAction.View, nameof(ResearchReturn), Key(meetingId, referralId), referralId,
                detail: found.Saved is null ? "no return yet" : $"return {found.Saved.Id}", outcome: $"agency {found.Agency.Id}");
        }
        await read.CompleteAsync();
        return found;
    }

    /// <summary>Saves the agency's return, unless someone in the agency saved it since <paramref name="version"/> was read.</summary>
    public async Task<ReturnSaveOutcome> SaveAsync(int meetingId, int referralId, ClaimsPrincipal viewer, Guid version, ReturnEntry entry)
    {
        var found = await FindAsync(meetingId, referralId, viewer);
        if (found is null)
        {
            RecordRefusal(meetingId, referralId);
            await db.SaveChangesAsync();
            return ReturnSaveOutcome.NotFound;
        }
        var saved = found.Saved is null ? null : await db.ResearchReturns.FirstAsync(r => r.Id == found.Saved.Id);
        if ((saved?.Version ?? Guid.Empty) != version)
        {
            return ReturnSaveOutcome.Conflict;
        }
        if (saved is null)
        {
            saved = new ResearchReturn { MeetingId = meetingId, ReferralId = referralId, AgencyId = found.Agency.Id };
            db.ResearchReturns.Add(saved);
        }
        Apply(saved, entry, viewer);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Another representative of the agency saved first (a changed version, or a first return at the same moment).
            return ReturnSaveOutcome.Conflict;
        }
        return ReturnSaveOutcome.Saved;
    }

    private void Apply(ResearchReturn saved, ReturnEntry entry, ClaimsPrincipal viewer)
    {
        var holds = entry.Answer == ResearchAnswer.HoldsInformation;
        saved.Answer = entry.Answer;
        saved.SharedFacts = holds ? Clean(entry.SharedFacts) : null;
        saved.SharedOpinion = holds ? Clean(entry.SharedOpinion) : null;
        saved.NotSharedNote = Clean(entry.NotSharedNote);
        saved.RecordedAt = clock.GetUtcNow().UtcDateTime;
        saved.RecordedByUserId = viewer.StaffUserId();
        saved.Version = Guid.NewGuid();
    }

    private async Task<ReturnCase?> FindAsync(int meetingId, int referralId, ClaimsPrincipal viewer)
    {
        var agency = await db.RepresentedAgencyAsync(viewer);
        var caseViewer = await access.ViewerAsync(viewer);
        var meeting = agency is null || caseViewer is null ? null : await db.PublishedToAsync(meetingId, agency, clock.GetUtcNow().UtcDateTime);
        if (meeting is null)
        {
            return null;
        }
        var reference = await db.VisibleItems(meetingId, caseViewer!, clock.GetUtcNow().UtcDateTime).Where(i => i.ReferralId == referralId)
            .Select(i => i.Referral.Reference).FirstOrDefaultAsync();
        var (granted, _) = await db.MeetingGrantAsync(meetingId, agency!.Id, clock.GetUtcNow().UtcDateTime);
        if (reference is not null && !granted.Contains(DataCategory.CaseManagement))
        {
            reference = SharedValue.WithheldMarker(DataCategory.CaseManagement);
        }
        if (reference is null)
        {
            return null;
        }
        var saved = await db.ResearchReturns.AsNoTracking()
            .FirstOrDefaultAsync(r => r.MeetingId == meetingId && r.ReferralId == referralId && r.AgencyId == agency!.Id);
        return new ReturnCase(meeting, agency!, referralId, reference, saved);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private void RecordRefusal(int meetingId, int referralId) =>
        db.RecordAudit(AuditAction.Refused, nameof(ResearchReturn), Key(meetingId, referralId), referralId,
            outcome: "case not on an agenda published to this agency");

    private static string Key(int meetingId, int referralId) =>
        string.Create(CultureInfo.InvariantCulture, $"meeting {meetingId}, referral {referralId}");
}

using System.Security.Claims;
using Marac.Data;
using Marac.Data.Entities;
using Marac.Sharing.Grants;
using Marac.Web.Features.Sharing;
using Marac.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.LiveMeeting;

/// <summary>The facts about a meeting that decide who may take part.</summary>
public sealed record LiveMeetingInfo(int Id, DateTime StartsAt, MeetingStatus Status, int? ChairUserId, int? StatementId,
    int? CurrentAgendaItemId, IReadOnlySet<int> InvitedAgencyIds, int MinutesPerCase)
{
    public bool IsLead(CaseViewer viewer) =>
        viewer.Has(AppRoles.Coordinator) || (viewer.Has(AppRoles.Chair) && ChairUserId == viewer.UserId);

    /// <summary>Coordinators, the meeting's chair, and representatives of the invited agencies.</summary>
    public bool MayAttend(CaseViewer viewer) =>
        IsLead(viewer) || (viewer.Has(AppRoles.AgencyRepresentative) && viewer.AgencyId is { } agency && InvitedAgencyIds.Contains(agency));
}

/// <summary>A signed-in attendee who has agreed to this meeting's confidentiality statement.</summary>
public sealed record LiveSeat(CaseViewer Viewer, LiveMeetingInfo Meeting, bool IsLead, bool IsObserver);

/// <summary>
/// Decides, fresh from the database on every page request and hub call, whether someone may take part in a
/// live meeting: the viewer's roles and agency, the meeting's state, and their signature of the statement.
/// </summary>
public sealed class LiveAccess(MaracDbContext db, CaseAccessService cases, StaffDirectory directory)
{
    public Task<CaseViewer?> ViewerAsync(ClaimsPrincipal user) => cases.ViewerAsync(user);

    public async Task<LiveMeetingInfo?> MeetingAsync(int meetingId) => (await MeetingAndSignatureAsync(meetingId, signerId: 0)).Meeting;

    /// <summary>The meeting and, read with it, whether the user signed its current statement (and as an observer).</summary>
    private async Task<(LiveMeetingInfo? Meeting, bool? SignedAsObserver)> MeetingAndSignatureAsync(int meetingId, int signerId)
    {
        var row = await db.Meetings.AsNoTracking().Where(m => m.Id == meetingId)
            .Select(m => new
            {
                m.Id, m.StartsAt, m.Status, m.ChairUserId, m.ConfidentialityStatementId, m.CurrentAgendaItemId, m.MinutesPerCase,
                Invited = m.InvitedAgencies.Select(a => a.AgencyId).ToList(),
                SignedAsObserver = db.MeetingAttendances
                    .Where(a => a.MeetingId == m.Id && a.StaffUserId == signerId && a.SignedStatementId != null && a.SignedStatementId == m.ConfidentialityStatementId)
                    .Select(a => (bool?)a.IsObserver).FirstOrDefault(),
            })
            .FirstOrDefaultAsync();
        return row is null ? (null, null) : (new(row.Id, row.StartsAt, row.Status, row.ChairUserId, row.ConfidentialityStatementId,
            row.CurrentAgendaItemId, row.Invited.ToHashSet(), row.MinutesPerCase), row.SignedAsObserver);
    }

    /// <summary>The viewer's signed attendance for the meeting's current statement, if any.</summary>
    public Task<MeetingAttendance?> SignatureAsync(LiveMeetingInfo meeting, int userId) =>
        db.MeetingAttendances.AsNoTracking().FirstOrDefaultAsync(a => a.MeetingId == meeting.Id && a.StaffUserId == userId
            && a.SignedStatementId != null && a.SignedStatementId == meeting.StatementId);

    /// <summary>The caller's seat in an open meeting, or a <see cref="HubException"/> with a plain message.</summary>
    public async Task<LiveSeat> RequireSeatAsync(ClaimsPrincipal user, int meetingId, DateTimeOffset? sessionIssuedUtc)
    {
        var viewer = await cases.ViewerAsync(user);
        if (viewer is null || await IsSessionRevokedAsync(user, sessionIssuedUtc))
        {
            throw new HubException(LiveMessages.NotSignedIn);
        }
        var (meeting, signedAsObserver) = await MeetingAndSignatureAsync(meetingId, viewer.UserId);
        if (meeting is null || !meeting.MayAttend(viewer))
        {
            throw new HubException(LiveMessages.NotAttendee);
        }
        if (meeting.Status != MeetingStatus.InProgress)
        {
            throw new HubException(LiveMessages.NotOpen);
        }
        return signedAsObserver is { } observer
            ? new LiveSeat(viewer, meeting, meeting.IsLead(viewer), observer)
            : throw new HubException(LiveMessages.NotSigned);
    }

    /// <summary>Whether the case may be seen by this viewer now.</summary>
    public Task<CaseAccess> DecideAsync(int referralId, CaseViewer viewer) => cases.DecideAsync(referralId, viewer);

    public Task<IReadOnlyDictionary<int, CaseAccess>> DecideForCasesAsync(IEnumerable<int> referralIds, CaseViewer viewer) =>
        cases.DecideForCasesAsync(referralIds, viewer);

    public Task<IReadOnlyList<CaseAccess>> DecideForEachAsync(int referralId, IReadOnlyList<CaseViewer> viewers) =>
        cases.DecideForEachAsync(referralId, viewers);

    private async Task<bool> IsSessionRevokedAsync(ClaimsPrincipal user, DateTimeOffset? issuedUtc) =>
        issuedUtc is not null
        && Guid.TryParse(user.FindFirst(MaracClaims.TenantId)?.Value, out var tenant)
        && Guid.TryParse(user.FindFirst(MaracClaims.ObjectId)?.Value, out var objectId)
        && await directory.IsRevokedAsync(tenant, objectId, issuedUtc);
}

using Marac.Data.Entities;
using Marac.Sharing.Grants;

namespace Marac.Web.Features.LiveMeeting;

/// <summary>
/// Who receives one payload: a group and the viewer whose access decides what is in it. For an agency group
/// the viewer is the agency itself (no user), so only the agency's grants and exclusions apply.
/// </summary>
public sealed record Audience(string Group, CaseViewer Viewer, bool IsLead, bool ServesOnlyChildren)
{
    /// <summary>Accepted actions reach everyone who may see the case; proposals and declined proposals only the leads and the owner agency.</summary>
    public bool Sees(MeetingAction action) =>
        IsLead || action.Status is not (MeetingActionStatus.Proposed or MeetingActionStatus.Declined) || action.OwnerAgencyId == Viewer.AgencyId;

    public static Audience Leads(int meetingId) =>
        new(MeetingGroups.Leads(meetingId), new CaseViewer(0, null, AppRoles.Coordinator), true, false);

    public static Audience Agency(int meetingId, int agencyId, bool servesOnlyChildren) =>
        new(MeetingGroups.Agency(meetingId, agencyId), new CaseViewer(0, agencyId, AppRoles.AgencyRepresentative, servesOnlyChildren), false, servesOnlyChildren);

    public static Audience Person(LiveMeetingInfo meeting, CaseViewer viewer) =>
        new(MeetingGroups.Person(meeting.Id, viewer.UserId), viewer, meeting.IsLead(viewer), viewer.AgencyServesOnlyChildren);
}

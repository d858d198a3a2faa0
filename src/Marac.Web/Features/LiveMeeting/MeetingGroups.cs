using System.Globalization;

namespace Marac.Web.Features.LiveMeeting;

/// <summary>
/// SignalR group names. Each group receives one payload redacted for it, so a connection is in exactly one
/// content group per meeting. Groups are not a security boundary: every hub method checks access again.
/// </summary>
public static class MeetingGroups
{
    /// <summary>Coordinators and the meeting's chair (with no exclusion or personal grant on its cases).</summary>
    public static string Leads(int meetingId) => $"meeting:{Id(meetingId)}:leads";

    /// <summary>The representatives of one agency (with no exclusion or personal grant on the meeting's cases).</summary>
    public static string Agency(int meetingId, int agencyId) => $"meeting:{Id(meetingId)}:agency:{Id(agencyId)}";

    /// <summary>One person whose access differs from their agency's (an exclusion or a grant naming them).</summary>
    public static string Person(int meetingId, int userId) => $"meeting:{Id(meetingId)}:user:{Id(userId)}";

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}

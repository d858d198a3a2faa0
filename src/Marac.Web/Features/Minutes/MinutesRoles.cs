using System.Security.Claims;
using Marac.Data.Entities;
using Marac.Web.Infrastructure.Auth;

namespace Marac.Web.Features.Minutes;

/// <summary>Who may do what with a meeting's minutes.</summary>
public static class MinutesRoles
{
    /// <summary>The meeting's own chair (any chair when none is recorded).</summary>
    public static bool MayApprove(ClaimsPrincipal user, Meeting meeting) =>
        user.IsInRole(MaracRoles.Chair) && (meeting.ChairUserId is null || meeting.ChairUserId == user.StaffUserId());

    /// <summary>Coordinators, and the meeting's chair, see drafts; everyone else sees issued minutes only.</summary>
    public static bool SeesDrafts(ClaimsPrincipal user, Meeting meeting) =>
        user.IsInRole(MaracRoles.Coordinator) || MayApprove(user, meeting);
}

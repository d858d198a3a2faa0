using System.Globalization;
using System.Security.Claims;

namespace Marac.Web.Infrastructure.Auth;

/// <summary>The signed-in member of staff, as the app's own database describes them.</summary>
public static class CurrentUser
{
    public static int? StaffUserId(this ClaimsPrincipal user) => IntClaim(user, MaracClaims.StaffUserId);

    public static int? AgencyId(this ClaimsPrincipal user) => IntClaim(user, MaracClaims.AgencyId);

    public static bool IsActiveStaff(this ClaimsPrincipal user) =>
        user.HasClaim(MaracClaims.AccessStatus, MaracClaims.ActiveStatus);

    public static bool IsCoordinatorOrChair(this ClaimsPrincipal user) =>
        user.IsInRole(MaracRoles.Coordinator) || user.IsInRole(MaracRoles.Chair);

    private static int? IntClaim(ClaimsPrincipal user, string type) =>
        int.TryParse(user.FindFirst(type)?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}

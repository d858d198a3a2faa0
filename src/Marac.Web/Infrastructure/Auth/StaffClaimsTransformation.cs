using System.Globalization;
using System.Security.Claims;
using Marac.Data.Entities;
using Microsoft.AspNetCore.Authentication;

namespace Marac.Web.Infrastructure.Auth;

/// <summary>
/// On every request, replaces the roles and agency in the principal with those recorded in the
/// app's database, so a change by an administrator (or a leaver) takes effect on the next request.
/// </summary>
public sealed class StaffClaimsTransformation(StaffDirectory directory) : IClaimsTransformation
{
    private const string AuthenticationType = "Marac";

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity is not { IsAuthenticated: true } || principal.Identities.Any(i => i.AuthenticationType == AuthenticationType))
        {
            return principal;
        }
        if (!Guid.TryParse(principal.FindFirst(MaracClaims.TenantId)?.Value, out var tenantId)
            || !Guid.TryParse(principal.FindFirst(MaracClaims.ObjectId)?.Value, out var objectId))
        {
            return principal;
        }
        var staff = await directory.FindAsync(tenantId, objectId);
        var identity = new ClaimsIdentity(AuthenticationType, MaracClaims.Name, MaracClaims.Role);
        identity.AddClaim(new Claim(MaracClaims.TenantId, tenantId.ToString()));
        identity.AddClaim(new Claim(MaracClaims.ObjectId, objectId.ToString()));
        identity.AddClaim(new Claim(MaracClaims.Name, staff?.DisplayName ?? principal.FindFirst(MaracClaims.Name)?.Value ?? "Unknown user"));
        if (staff is not null)
        {
            AddStaffClaims(identity, staff);
        }
        return new ClaimsPrincipal(identity);
    }

    private static void AddStaffClaims(ClaimsIdentity identity, StaffUser staff)
    {
        identity.AddClaim(new Claim(MaracClaims.StaffUserId, staff.Id.ToString(CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(MaracClaims.AccessStatus, staff.Status.ToString().ToLowerInvariant()));
        if (staff.Status != StaffUserStatus.Active)
        {
            return;
        }
        if (staff.Agency is { } agency)
        {
            identity.AddClaim(new Claim(MaracClaims.AgencyId, agency.Id.ToString(CultureInfo.InvariantCulture)));
            identity.AddClaim(new Claim(MaracClaims.AgencyName, agency.Name));
        }
        foreach (var role in MaracRoles.NamesOf(staff.Roles))
        {
            identity.AddClaim(new Claim(MaracClaims.Role, role));
        }
    }
}

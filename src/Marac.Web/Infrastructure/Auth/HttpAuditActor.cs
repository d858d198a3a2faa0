using Marac.Data.Auditing;

namespace Marac.Web.Infrastructure.Auth;

/// <summary>Attributes audit events to the signed-in member of staff.</summary>
public sealed class HttpAuditActor(IHttpContextAccessor accessor) : IAuditActor
{
    public int? UserId => accessor.HttpContext?.User.StaffUserId();

    public string? UserDisplay => accessor.HttpContext?.User.FindFirst(MaracClaims.Name)?.Value ?? "system";
}

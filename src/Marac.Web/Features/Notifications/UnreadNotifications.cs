using System.Security.Claims;
using Marac.Data;
using Marac.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Notifications;

/// <summary>How many of the signed-in person's notifications are unread, for the navigation.</summary>
public sealed class UnreadNotifications(MaracDbContext db)
{
    /// <returns>Null for someone who is not active staff (they have no notifications page).</returns>
    public async Task<int?> CountAsync(ClaimsPrincipal user) =>
        user.HasClaim(MaracClaims.AccessStatus, MaracClaims.ActiveStatus) && user.StaffUserId() is { } id
            ? await db.Notifications.CountAsync(n => n.StaffUserId == id && n.ReadAt == null)
            : null;
}

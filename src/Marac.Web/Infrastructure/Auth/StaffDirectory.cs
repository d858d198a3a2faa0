using Marac.Data;
using Marac.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Infrastructure.Auth;

public sealed record SignInIdentity(Guid TenantId, Guid ObjectId, string DisplayName, string Email);

public enum SignInOutcome { Active, WaitingForAccess, Refused }

/// <summary>Finds staff by tenant and object id, records sign-ins and queues first-time users for approval.</summary>
public sealed class StaffDirectory(MaracDbContext db, TimeProvider clock)
{
    public Task<StaffUser?> FindAsync(Guid tenantId, Guid objectId, CancellationToken ct = default) =>
        db.StaffUsers.AsNoTracking().Include(u => u.Agency)
            .FirstOrDefaultAsync(u => u.TenantId == tenantId && u.ObjectId == objectId, ct);

    /// <summary>
    /// Records a sign-in. A first-time user gets a waiting-for-access record; <paramref name="homeTenantRoles"/>
    /// (roles assigned in the partnership's own tenant) replace the recorded roles.
    /// </summary>
    public async Task<SignInOutcome> RecordSignInAsync(SignInIdentity identity, AppRoles? homeTenantRoles, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var user = await db.StaffUsers.FirstOrDefaultAsync(u => u.TenantId == identity.TenantId && u.ObjectId == identity.ObjectId, ct);
        if (user is null)
        {
            user = new StaffUser
            {
                TenantId = identity.TenantId,
                ObjectId = identity.ObjectId,
                DisplayName = Truncate(identity.DisplayName, 200),
                Email = Truncate(identity.Email, 320),
                Status = StaffUserStatus.WaitingForAccess,
                FirstSeenAt = now,
            };
            db.StaffUsers.Add(user);
        }
        if (homeTenantRoles is { } roles)
        {
            user.Roles = roles;
        }
        user.LastSignedInAt = now;
        var outcome = user.Status switch
        {
            StaffUserStatus.Active => SignInOutcome.Active,
            StaffUserStatus.WaitingForAccess => SignInOutcome.WaitingForAccess,
            _ => SignInOutcome.Refused,
        };
        await db.SaveChangesAsync(ct);
        db.RecordAudit(AuditAction.SignIn, nameof(StaffUser), user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), outcome: outcome.ToString());
        await db.SaveChangesAsync(ct);
        return outcome;
    }

    public async Task<bool> IsAllowedTenantAsync(Guid tenantId, Guid? homeTenantId, CancellationToken ct = default) =>
        tenantId == homeTenantId
        || await db.Agencies.AnyAsync(a => a.IsActive && a.TenantId == tenantId, ct);

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}

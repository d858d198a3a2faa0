using Marac.Data;
using Marac.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Infrastructure.Auth;

public sealed record SignInIdentity(Guid TenantId, Guid ObjectId, string DisplayName, string Email);

public enum SignInOutcome { Active, WaitingForAccess, Refused }

/// <summary>Finds staff by tenant and object id, records sign-ins and queues first-time users for approval.</summary>
public sealed class StaffDirectory(MaracDbContext db, TimeProvider clock, IEnumerable<ISessionRevocationListener> listeners)
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
        if (user.SessionsRevokedAt >= now)
        {
            // A sign-out in this same instant must not refuse the session being started now.
            user.SessionsRevokedAt = now.AddTicks(-1);
        }
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

    /// <summary>Ends every session the user holds, on every device, from now.</summary>
    public async Task RevokeSessionsAsync(int staffUserId, CancellationToken ct = default)
    {
        var user = await db.StaffUsers.FirstOrDefaultAsync(u => u.Id == staffUserId, ct);
        if (user is not null)
        {
            user.SessionsRevokedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
        }
        foreach (var listener in listeners)
        {
            await listener.SessionsRevokedAsync(staffUserId);
        }
    }

    /// <summary>Whether a session issued at <paramref name="issuedUtc"/> has since been revoked.</summary>
    public async Task<bool> IsRevokedAsync(Guid tenantId, Guid objectId, DateTimeOffset? issuedUtc, CancellationToken ct = default)
    {
        var revokedAt = await db.StaffUsers.Where(u => u.TenantId == tenantId && u.ObjectId == objectId)
            .Select(u => u.SessionsRevokedAt).FirstOrDefaultAsync(ct);
        return revokedAt is { } revoked && (issuedUtc is null || issuedUtc.Value.UtcDateTime <= DateTime.SpecifyKind(revoked, DateTimeKind.Utc));
    }

    /// <summary>Audits a sign-in refused because the organisation is not in the partnership (the tenant id only).</summary>
    public async Task RecordRefusedSignInAsync(Guid? tenantId, CancellationToken ct = default)
    {
        db.RecordAudit(AuditAction.SignIn, "Tenant", tenantId?.ToString(), outcome: "refused: organisation not in the partnership");
        await db.SaveChangesAsync(ct);
    }

    public async Task<bool> IsAllowedTenantAsync(Guid tenantId, Guid? homeTenantId, CancellationToken ct = default) =>
        tenantId == homeTenantId
        || await db.Agencies.AnyAsync(a => a.IsActive && a.TenantId == tenantId, ct);

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}

using System.Globalization;
using System.Security.Claims;
using Marac.Data;
using Marac.Data.Entities;
using Marac.Sharing.Categories;
using Marac.Sharing.Grants;
using Marac.Web.Features.LiveMeeting;
using Marac.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Sharing;

public enum GrantEditOutcome { Saved, Invalid, Conflict, NotFound }

public sealed record GrantEditResult(GrantEditOutcome Outcome, IReadOnlyList<GrantProblem> Problems, int? GrantId = null)
{
    public static GrantEditResult NotFound { get; } = new(GrantEditOutcome.NotFound, []);
    public static GrantEditResult Conflict { get; } = new(GrantEditOutcome.Conflict, []);
}

/// <summary>
/// Coordinators grant, widen, narrow, extend, shorten and revoke access, each with a reason kept in the
/// grant's history. Refused requests are audited (field names only). Changes apply from the next request;
/// narrowing or revoking also closes the grantee's live meeting connections, which then rejoin under the
/// grant as it now stands.
/// </summary>
public sealed class GrantEditor(MaracDbContext db, TimeProvider clock, IMeetingConnections connections)
{
    /// <summary>What a grant may name: active agencies, active representatives who can hold grants, the register's bases.</summary>
    public async Task<GrantContext> ContextAsync() => new(
        (await db.Agencies.Where(a => a.IsActive).Select(a => a.Id).ToListAsync()).ToHashSet(),
        (await GrantHoldersAsync()).Select(u => u.Id).ToHashSet(),
        (await db.LawfulBases.Where(b => b.IsActive).Select(b => b.Id).ToListAsync()).ToHashSet(),
        await db.PartnershipSettings.Select(s => (int?)s.RestrictedGrantMaxDays).FirstOrDefaultAsync() ?? 90);

    /// <summary>The people a grant may name: active representatives who are neither administrators nor partnership leads.</summary>
    public async Task<List<StaffUser>> GrantHoldersAsync() =>
        (await db.StaffUsers.AsNoTracking().Where(u => u.Status == StaffUserStatus.Active).OrderBy(u => u.DisplayName).ToListAsync())
            .Where(u => new CaseViewer(u.Id, u.AgencyId, u.Roles).CanHoldGrants).ToList();

    public async Task<GrantEditResult> CreateAsync(GrantRequest request, ClaimsPrincipal user)
    {
        var problems = GrantRules.Check(request, await ContextAsync());
        if (problems.Count > 0)
        {
            return await RefuseAsync(nameof(AccessGrant), null, problems);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var grant = new AccessGrant
        {
            AgencyId = request.StaffUserId is null ? request.AgencyId : null, StaffUserId = request.StaffUserId,
            MeetingId = request.ReferralId is null ? request.MeetingId : null, ReferralId = request.ReferralId,
            Purpose = request.Purpose!.Trim(), LawfulBasisId = request.LawfulBasisId!.Value, Categories = request.Categories.Mask,
            ValidFrom = request.ValidFrom, ValidTo = request.ValidTo, Origin = GrantOrigin.Coordinator, Reason = Clean(request.Reason),
            GrantedAt = now, GrantedByUserId = user.StaffUserId(),
        };
        db.AccessGrants.Add(grant);
        await db.SaveChangesAsync();
        db.AccessGrantChanges.Add(Change(grant, GrantChangeKind.Created, request.Reason, 0, grant.ValidTo, user, now));
        await db.SaveChangesAsync();
        return new(GrantEditOutcome.Saved, [], grant.Id);
    }

    public async Task<GrantEditResult> ChangeAsync(int id, Guid version, CategorySet categories, DateTime validTo, string? reason, ClaimsPrincipal user)
    {
        var grant = await db.AccessGrants.FirstOrDefaultAsync(g => g.Id == id && g.RevokedAt == null);
        if (grant is null)
        {
            return await RefuseAsync(nameof(AccessGrant), id, [new("Grant", "no such live grant")], GrantEditResult.NotFound);
        }
        if (grant.Version != version)
        {
            return GrantEditResult.Conflict;
        }
        // The form works in whole UK days: the same last day keeps the grant's own expiry instant.
        if (SharingForms.LastUkDay(validTo) == SharingForms.LastUkDay(grant.ValidTo))
        {
            validTo = grant.ValidTo;
        }
        var changed = new GrantRequest(grant.AgencyId, grant.StaffUserId, grant.MeetingId, grant.ReferralId, grant.Purpose, grant.LawfulBasisId,
            categories, grant.ValidFrom, validTo, reason);
        var problems = GrantRules.CheckChange(changed, await ContextAsync());
        if (problems.Count > 0)
        {
            return await RefuseAsync(nameof(AccessGrant), id, problems);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var kind in Kinds(grant, categories, validTo))
        {
            db.AccessGrantChanges.Add(Change(grant, kind, reason, categories.Mask, validTo, user, now));
        }
        var reduced = !new CategorySet(grant.Categories).IsSubsetOf(categories) || validTo < grant.ValidTo;
        grant.Categories = categories.Mask;
        grant.ValidTo = validTo;
        return await SaveAsync(grant, closeConnections: reduced);
    }

    public async Task<GrantEditResult> RevokeAsync(int id, Guid version, string? reason, ClaimsPrincipal user)
    {
        var grant = await db.AccessGrants.FirstOrDefaultAsync(g => g.Id == id && g.RevokedAt == null);
        if (grant is null)
        {
            return await RefuseAsync(nameof(AccessGrant), id, [new("Grant", "no such live grant")], GrantEditResult.NotFound);
        }
        if (grant.Version != version)
        {
            return GrantEditResult.Conflict;
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            return new(GrantEditOutcome.Invalid, [new("Reason", "Enter the reason for revoking access")]);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        db.AccessGrantChanges.Add(Change(grant, GrantChangeKind.Revoked, reason, 0, grant.ValidTo, user, now));
        grant.RevokedAt = now;
        grant.RevokedByUserId = user.StaffUserId();
        grant.RevokedReason = reason.Trim();
        return await SaveAsync(grant, closeConnections: true);
    }

    private async Task<GrantEditResult> SaveAsync(AccessGrant grant, bool closeConnections)
    {
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return GrantEditResult.Conflict;
        }
        if (closeConnections)
        {
            await (grant.StaffUserId is { } user ? connections.DisconnectUserAsync(user) : connections.DisconnectAgencyAsync(grant.AgencyId ?? 0));
        }
        return new(GrantEditOutcome.Saved, [], grant.Id);
    }

    private static IEnumerable<GrantChangeKind> Kinds(AccessGrant grant, CategorySet categories, DateTime validTo)
    {
        var before = new CategorySet(grant.Categories);
        if (!categories.IsSubsetOf(before))
        {
            yield return GrantChangeKind.Widened;
        }
        if (!before.IsSubsetOf(categories))
        {
            yield return GrantChangeKind.Narrowed;
        }
        if (validTo > grant.ValidTo)
        {
            yield return GrantChangeKind.Extended;
        }
        if (validTo < grant.ValidTo)
        {
            yield return GrantChangeKind.Shortened;
        }
    }

    private static AccessGrantChange Change(AccessGrant grant, GrantChangeKind kind, string? reason, int categoriesAfter, DateTime validToAfter,
        ClaimsPrincipal user, DateTime now) => new()
    {
        AccessGrantId = grant.Id, Kind = kind, Reason = Clean(reason), CategoriesBefore = kind == GrantChangeKind.Created ? 0 : grant.Categories,
        CategoriesAfter = kind == GrantChangeKind.Created ? grant.Categories : categoriesAfter, ValidToBefore = grant.ValidTo,
        ValidToAfter = validToAfter, ChangedAt = now, ChangedByUserId = user.StaffUserId(),
    };

    private async Task<GrantEditResult> RefuseAsync(string entity, int? id, IReadOnlyList<GrantProblem> problems, GrantEditResult? result = null)
    {
        db.ChangeTracker.Clear();
        db.RecordAudit(AuditAction.Refused, entity, id?.ToString(CultureInfo.InvariantCulture),
            detail: string.Join(',', problems.Select(p => p.Field).Distinct()), outcome: "grant refused");
        await db.SaveChangesAsync();
        return result ?? new(GrantEditOutcome.Invalid, problems);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

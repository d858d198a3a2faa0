using Marac.Data;
using Marac.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Administration.Staff;

/// <summary>
/// Gives, changes and ends staff access. Changes take effect on the person's next request, because
/// their roles and status are read from the database on every request. An administrator cannot
/// remove their own Administrator role or end their own access, so the partnership always keeps one.
/// </summary>
public sealed class StaffAccessEditor(MaracDbContext db, TimeProvider clock)
{
    public const string OwnAdministratorRoleMessage =
        "You cannot remove your own Administrator role. Ask another administrator to do it";

    public const string OwnAccessMessage =
        "You cannot mark yourself as having left. Ask another administrator to do it";

    private const AppRoles NeedAnAgency = AppRoles.AgencyRepresentative | AppRoles.Referrer;

    public Task<StaffUser?> FindAsync(int id, CancellationToken ct = default) =>
        db.StaffUsers.AsNoTracking().Include(u => u.Agency).FirstOrDefaultAsync(u => u.Id == id, ct);

    /// <summary>Active agencies, plus <paramref name="currentAgencyId"/> even when it is inactive, by name.</summary>
    public async Task<IReadOnlyList<Agency>> AgencyChoicesAsync(int? currentAgencyId, CancellationToken ct = default)
    {
        var agencies = await db.Agencies.AsNoTracking().Where(a => a.IsActive || a.Id == currentAgencyId).ToListAsync(ct);
        return agencies.OrderBy(a => a.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    /// <summary>Checks <paramref name="form"/> and, when it is sound and <paramref name="bindingFailed"/> is false, saves it.</summary>
    /// <param name="actingUserId">The administrator making the change.</param>
    public async Task<AdminSaveResult> SaveAsync(int id, StaffForm form, int? actingUserId, bool bindingFailed, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var user = await db.StaffUsers.FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
        {
            return AdminSaveResult.NotFound;
        }
        var errors = await ValidateAsync(user, form, actingUserId, ct);
        if (form.Version != user.Version)
        {
            return AdminSaveResult.Conflict(errors);
        }
        if (errors.Count > 0 || bindingFailed)
        {
            return AdminSaveResult.Invalid(errors);
        }

        db.Entry(user).Property(u => u.Version).OriginalValue = form.Version!.Value;
        var status = form.Status!.Value;
        if (status == StaffUserStatus.Left && user.Status != StaffUserStatus.Left)
        {
            user.LeftAt = clock.GetUtcNow().UtcDateTime;
            user.SessionsRevokedAt = user.LeftAt;
        }
        else if (status != StaffUserStatus.Left)
        {
            user.LeftAt = null;
        }
        user.Status = status;
        user.AgencyId = form.AgencyId;
        user.Roles = form.CombinedRoles;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return AdminSaveResult.Conflict([]);
        }
        return AdminSaveResult.Saved(user.Id);
    }

    private async Task<List<FieldError>> ValidateAsync(StaffUser user, StaffForm form, int? actingUserId, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        if (form.AgencyId is { } agencyId && !await db.Agencies.AnyAsync(a => a.Id == agencyId, ct))
        {
            errors.Add(new FieldError(nameof(StaffForm.AgencyId), "Select an agency from the list"));
        }

        var roles = form.CombinedRoles;
        var isSelf = actingUserId == user.Id;
        if (isSelf && (roles & AppRoles.Administrator) == 0)
        {
            errors.Add(new FieldError(nameof(StaffForm.Roles), OwnAdministratorRoleMessage));
        }

        switch (form.Status)
        {
            case null:
                break;
            case var status when !Enum.IsDefined(status.Value):
                errors.Add(new FieldError(nameof(StaffForm.Status), "Select whether this person has access or has left"));
                break;
            case StaffUserStatus.Left or StaffUserStatus.WaitingForAccess when isSelf:
                errors.Add(new FieldError(nameof(StaffForm.Status), OwnAccessMessage));
                break;
            case StaffUserStatus.WaitingForAccess when user.Status != StaffUserStatus.WaitingForAccess:
                errors.Add(new FieldError(nameof(StaffForm.Status), "Select whether this person has access or has left"));
                break;
            case StaffUserStatus.Active when roles == AppRoles.None:
                errors.Add(new FieldError(nameof(StaffForm.Roles), "Select at least one role for someone who has access"));
                break;
            case StaffUserStatus.Active when (roles & NeedAnAgency) != 0 && form.AgencyId is null:
                errors.Add(new FieldError(nameof(StaffForm.AgencyId), "Select the person's agency. Agency representatives and referrers must belong to an agency"));
                break;
        }
        return errors;
    }
}

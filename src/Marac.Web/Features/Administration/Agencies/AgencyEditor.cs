using Marac.Data;
using Marac.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Administration.Agencies;

/// <summary>
/// Adds and changes agencies: unique names, tenant ids that are GUIDs, and optimistic concurrency on
/// <see cref="Agency.Version"/>. Every save goes through <see cref="MaracDbContext.SaveChangesAsync(bool, CancellationToken)"/>,
/// which audits the fields changed.
/// </summary>
public sealed class AgencyEditor(MaracDbContext db, TimeProvider clock, AgencySharing sharing)
{
    public Task<Agency?> FindAsync(int id, CancellationToken ct = default) =>
        db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);

    /// <summary>
    /// Checks <paramref name="form"/> and, when it is sound and <paramref name="bindingFailed"/> is false, saves it:
    /// a new agency when <paramref name="id"/> is null, else the agency with that id.
    /// </summary>
    public async Task<AdminSaveResult> SaveAsync(int? id, AgencyForm form, bool bindingFailed, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        Agency? agency = null;
        if (id is { } existingId)
        {
            agency = await db.Agencies.FirstOrDefaultAsync(a => a.Id == existingId, ct);
            if (agency is null)
            {
                return AdminSaveResult.NotFound;
            }
        }

        var errors = await ValidateAsync(id, form, ct);
        errors.AddRange(await sharing.ValidateAsync(agency, form, ct));
        if (agency is not null && form.Version != agency.Version)
        {
            return AdminSaveResult.Conflict(errors);
        }
        if (errors.Count > 0 || bindingFailed)
        {
            return AdminSaveResult.Invalid(errors);
        }

        if (agency is null)
        {
            agency = new Agency { Name = "" };
            db.Agencies.Add(agency);
        }
        else
        {
            // Only save over the version the administrator saw; SaveChanges stamps a new one.
            db.Entry(agency).Property(a => a.Version).OriginalValue = form.Version!.Value;
        }
        Apply(form, agency);
        await sharing.ApplyAsync(form, agency, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return AdminSaveResult.Conflict([]);
        }
        catch (DbUpdateException)
        {
            // Another administrator may have added the same name a moment ago; the unique index caught it.
            if (!await NameTakenAsync(id, form.Name!, clearFirst: true, ct))
            {
                throw;
            }
            return AdminSaveResult.Invalid([new FieldError(nameof(AgencyForm.Name), NameTakenMessage(form.Name!))]);
        }
        return AdminSaveResult.Saved(agency.Id);
    }

    private async Task<List<FieldError>> ValidateAsync(int? id, AgencyForm form, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        form.Name = form.Name?.Trim();
        if (!string.IsNullOrEmpty(form.Name) && await NameTakenAsync(id, form.Name, clearFirst: false, ct))
        {
            errors.Add(new FieldError(nameof(AgencyForm.Name), NameTakenMessage(form.Name)));
        }
        if (!string.IsNullOrWhiteSpace(form.TenantId) && ParseTenant(form.TenantId) is null)
        {
            errors.Add(new FieldError(nameof(AgencyForm.TenantId),
                $"Enter the Entra tenant ID in the correct format, like {AgencyForm.TenantIdExample}"));
        }
        if (form.InformationSharingAgreementDate is { } signed && signed > UkTime.Today(clock))
        {
            errors.Add(new FieldError(nameof(AgencyForm.InformationSharingAgreementDate),
                "Information-sharing agreement date must be today or in the past"));
        }
        return errors;
    }

    private async Task<bool> NameTakenAsync(int? id, string name, bool clearFirst, CancellationToken ct)
    {
        if (clearFirst)
        {
            db.ChangeTracker.Clear();
        }
        // A partnership has tens of agencies: compare in memory so "Police" and "police " count as the same name.
        var names = await db.Agencies.AsNoTracking().Where(a => a.Id != id).Select(a => a.Name).ToListAsync(ct);
        var wanted = name.Trim();
        return names.Any(n => string.Equals(n.Trim(), wanted, StringComparison.OrdinalIgnoreCase));
    }

    private static string NameTakenMessage(string name) =>
        $"There is already an agency called {name}. Enter a different name, or change the existing agency";

    /// <summary>A tenant id typed with or without hyphens or braces; null when it is not a GUID, or is all zeros.</summary>
    internal static Guid? ParseTenant(string? text) =>
        Guid.TryParse(text?.Trim(), out var tenant) && tenant != Guid.Empty ? tenant : null;

    private static void Apply(AgencyForm form, Agency agency)
    {
        agency.Name = form.Name!;
        agency.SourceCategory = form.SourceCategory!.Value;
        agency.ServesOnlyChildren = form.ServesOnlyChildren!.Value;
        agency.TenantId = ParseTenant(form.TenantId);
        agency.InformationSharingAgreementDate = form.InformationSharingAgreementDate;
        agency.IsCoreMember = form.IsCoreMember!.Value;
        agency.IsActive = form.IsActive!.Value;
    }
}

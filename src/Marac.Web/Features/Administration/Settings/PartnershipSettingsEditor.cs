using Marac.Data;
using Marac.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Administration.Settings;

/// <summary>Reads and saves the one row of partnership settings, with optimistic concurrency on its version.</summary>
public sealed class PartnershipSettingsEditor(MaracDbContext db)
{
    /// <summary>The settings row, or null before anyone has saved settings.</summary>
    public Task<PartnershipSettings?> FindAsync(CancellationToken ct = default) =>
        db.PartnershipSettings.AsNoTracking().OrderBy(s => s.Id).FirstOrDefaultAsync(ct);

    public async Task<AdminSaveResult> SaveAsync(SettingsForm form, bool bindingFailed, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var settings = await db.PartnershipSettings.OrderBy(s => s.Id).FirstOrDefaultAsync(ct);
        var (values, errors) = form.Read();
        if (settings?.Version != form.Version)
        {
            return AdminSaveResult.Conflict(errors);
        }
        if (values is null || errors.Count > 0 || bindingFailed)
        {
            return AdminSaveResult.Invalid(errors);
        }

        if (settings is null)
        {
            settings = new PartnershipSettings { PartnershipName = values.PartnershipName };
            db.PartnershipSettings.Add(settings);
        }
        else
        {
            db.Entry(settings).Property(s => s.Version).OriginalValue = form.Version!.Value;
        }
        settings.PartnershipName = values.PartnershipName;
        settings.AdultFemalePopulation = values.AdultFemalePopulation;
        settings.MinoritisedPopulationPercent = values.MinoritisedPopulationPercent;
        settings.MaracIdvaFte = values.MaracIdvaFte;
        settings.ReferralCutOffWorkingDays = values.ReferralCutOffWorkingDays;
        settings.EscalationIncidentThreshold = values.EscalationIncidentThreshold;
        settings.CaseRetentionYears = values.CaseRetentionYears;
        settings.MinutesRetentionYears = values.MinutesRetentionYears;
        settings.AuditRetentionYears = values.AuditRetentionYears;
        settings.SensitivePlaceNames = values.SensitivePlaceNames;
        settings.GrantExpiryDays = values.GrantExpiryDays;
        settings.MinutesIssueWorkingDays = values.MinutesIssueWorkingDays;
        settings.PartnerSources = values.PartnerSources;
        settings.MinoritisedEthnicities = values.MinoritisedEthnicities;
        settings.SuppressionThreshold = values.SuppressionThreshold;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return AdminSaveResult.Conflict([]);
        }
        return AdminSaveResult.Saved(settings.Id);
    }
}

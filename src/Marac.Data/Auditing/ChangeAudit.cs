using System.Globalization;
using Marac.Data.Entities;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Marac.Data.Auditing;

/// <summary>Describes tracked changes as audit events: which record and which fields, never the values.</summary>
internal static class ChangeAudit
{
    private static readonly HashSet<Type> NotAudited =
        [typeof(AuditEvent), typeof(AuditCheckpoint), typeof(DataProtectionKey), typeof(BankHoliday)];

    public sealed record PendingChange(EntityEntry Entry, AuditAction Action, string Fields);

    public static List<PendingChange> Capture(ChangeTracker tracker) =>
        tracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => !NotAudited.Contains(e.Entity.GetType()))
            .Select(e => new PendingChange(e, ActionFor(e.State), ChangedFields(e)))
            .ToList();

    public static AuditEvent ToEvent(PendingChange change, IAuditActor actor, DateTime now) => new()
    {
        OccurredAt = now,
        Action = change.Action,
        UserId = actor.UserId,
        UserDisplay = actor.UserDisplay,
        EntityType = change.Entry.Metadata.ClrType.Name,
        EntityId = KeyOf(change.Entry),
        ReferralId = ReferralIdOf(change.Entry.Entity),
        Detail = change.Fields,
        PreviousHash = "",
        Hash = "",
    };

    private static AuditAction ActionFor(EntityState state) => state switch
    {
        EntityState.Added => AuditAction.Create,
        EntityState.Deleted => AuditAction.Delete,
        _ => AuditAction.Change,
    };

    private static string ChangedFields(EntityEntry entry)
    {
        var properties = entry.State == EntityState.Modified
            ? entry.Properties.Where(p => p.IsModified)
            : entry.Properties;
        return string.Join(',', properties
            .Where(p => !p.Metadata.IsPrimaryKey() && p.Metadata.Name != nameof(Referral.Version))
            .Select(p => p.Metadata.Name));
    }

    private static string? KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null)
        {
            return null;
        }
        return string.Join('/', key.Properties.Select(p =>
            Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));
    }

    private static int? ReferralIdOf(object entity) => entity switch
    {
        Referral r => r.Id,
        ReferralAgency a => a.ReferralId,
        ReferralPerpetrator p => p.ReferralId,
        ReferralChild c => c.ReferralId,
        RiskAssessment ra => ra.ReferralId,
        AgendaItem ai => ai.ReferralId,
        MatchDecision md => md.ReferralId,
        ResearchReturn rr => rr.ReferralId,
        _ => null,
    };
}

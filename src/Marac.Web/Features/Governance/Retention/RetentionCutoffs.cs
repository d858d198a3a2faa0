using Marac.Data;
using Marac.Data.Entities;

namespace Marac.Web.Features.Governance.Retention;

/// <summary>Where each retention period ends today, from the partnership's settings.</summary>
public sealed record RetentionCutoffs(DateOnly Today, int CaseYears, int AuditYears)
{
    /// <summary>Cases whose last meeting (or, never heard, whose referral) was before this date are expired.</summary>
    public DateOnly CasesBefore => Today.AddYears(-CaseYears);

    /// <summary>Audit events before this UTC instant are expired.</summary>
    public DateTime AuditBefore => UkTime.ToUtc(Today.AddYears(-AuditYears).ToDateTime(TimeOnly.MinValue));

    public static RetentionCutoffs From(PartnershipSettings? settings, TimeProvider clock) =>
        new(UkTime.Today(clock), settings?.CaseRetentionYears ?? 6, settings?.AuditRetentionYears ?? 7);
}

using Marac.Data;
using Marac.Data.Entities;
using Marac.Web.Features.Administration;

namespace Marac.Web.Features.Governance.Audit;

/// <summary>
/// Which audit events to show or export. The trail holds no case content, so the filter may travel in the
/// query string: dates, an action, a member of staff's id and a referral id.
/// </summary>
public sealed class AuditFilter
{
    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public AuditAction? Action { get; set; }

    public int? UserId { get; set; }

    public int? ReferralId { get; set; }

    public int PageNumber { get; set; } = 1;

    public IEnumerable<FieldError> Problems()
    {
        if (From is { } from && To is { } to && to < from)
        {
            yield return new FieldError(nameof(To), "The end date must be the same as or after the start date");
        }
        if (ReferralId is < 1)
        {
            yield return new FieldError(nameof(ReferralId), "Referral ID must be a whole number, like 1234");
        }
    }

    public IQueryable<AuditEvent> Apply(IQueryable<AuditEvent> events)
    {
        if (From is { } from)
        {
            var start = UkTime.ToUtc(from.ToDateTime(TimeOnly.MinValue));
            events = events.Where(e => e.OccurredAt >= start);
        }
        if (To is { } to)
        {
            var end = UkTime.ToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue));
            events = events.Where(e => e.OccurredAt < end);
        }
        if (Action is { } action)
        {
            events = events.Where(e => e.Action == action);
        }
        if (UserId is { } userId)
        {
            events = events.Where(e => e.UserId == userId);
        }
        if (ReferralId is { } referralId)
        {
            events = events.Where(e => e.ReferralId == referralId);
        }
        return events;
    }

    /// <summary>The criteria used, by name only, as the export's audit event records them.</summary>
    public string Describe()
    {
        var used = new List<string>();
        if (From is not null) used.Add("From");
        if (To is not null) used.Add("To");
        if (Action is not null) used.Add("Action");
        if (UserId is not null) used.Add("UserId");
        if (ReferralId is not null) used.Add("ReferralId");
        return used.Count == 0 ? "no filter" : "filter:" + string.Join(',', used);
    }
}

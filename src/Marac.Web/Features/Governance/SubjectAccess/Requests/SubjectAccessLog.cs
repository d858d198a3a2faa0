using Marac.Data;
using Marac.Data.Configurations;
using Marac.Data.Entities;
using Marac.Web.Features.Administration;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Governance.SubjectAccess.Requests;

/// <summary>
/// The log of subject access requests: each recorded with the date it was received, its deadline under
/// <see cref="SubjectAccessTimeLimit"/>, any extension and the date it was answered. Every change is audited by the save.
/// </summary>
public sealed class SubjectAccessLog(MaracDbContext db, TimeProvider clock)
{
    public Task<List<SubjectAccessRequest>> ListAsync(CancellationToken ct = default) =>
        db.SubjectAccessRequests.AsNoTracking()
            .OrderBy(r => r.AnsweredOn != null).ThenBy(r => r.DueOn).ThenByDescending(r => r.AnsweredOn)
            .ToListAsync(ct);

    public Task<SubjectAccessRequest?> FindAsync(int id, CancellationToken ct = default) =>
        db.SubjectAccessRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);

    public async Task<AdminSaveResult> RecordAsync(string? reference, DateOnly? receivedOn, int? userId, CancellationToken ct = default)
    {
        reference = reference?.Trim();
        var errors = new List<FieldError>();
        if (string.IsNullOrEmpty(reference))
        {
            errors.Add(new("Reference", "Enter the request's reference"));
        }
        else if (await db.SubjectAccessRequests.AnyAsync(r => r.Reference == reference, ct))
        {
            errors.Add(new("Reference", "A request with this reference is in the log already"));
        }
        errors.AddRange(DateErrors("ReceivedOn", receivedOn, "Enter the date the request was received", "The date received", notBefore: null));
        if (errors.Count > 0)
        {
            return AdminSaveResult.Invalid(errors);
        }
        var request = SubjectAccessRequest.Record(reference!, receivedOn!.Value, await BankHolidaysAsync(receivedOn.Value, ct), userId,
            clock.GetUtcNow().UtcDateTime);
        db.SubjectAccessRequests.Add(request);
        await db.SaveChangesAsync(ct);
        return AdminSaveResult.Saved(request.Id);
    }

    public async Task<AdminSaveResult> ExtendAsync(int id, DateOnly? to, string? reason, Guid? version, CancellationToken ct = default)
    {
        reason = reason?.Trim();
        if (await db.SubjectAccessRequests.FirstOrDefaultAsync(r => r.Id == id, ct) is not { } request)
        {
            return AdminSaveResult.NotFound;
        }
        var errors = new List<FieldError>();
        if (request.IsAnswered || request.ExtendedFrom is not null)
        {
            errors.Add(new("", request.IsAnswered ? "This request has been answered: it cannot be extended" : "This request has been extended once already"));
        }
        var latest = SubjectAccessTimeLimit.LatestExtension(request.ReceivedOn, await BankHolidaysAsync(request.ReceivedOn, ct));
        if (to is null)
        {
            errors.Add(new("ExtendTo", "Enter the new date the answer is due"));
        }
        else if (to <= request.DueOn)
        {
            errors.Add(new("ExtendTo", $"The new date must be after {AdminDisplay.Date(request.DueOn)}, when the answer is due now"));
        }
        else if (to > latest)
        {
            errors.Add(new("ExtendTo", $"The new date must be no later than {AdminDisplay.Date(latest)}: two further months at most"));
        }
        if (string.IsNullOrEmpty(reason))
        {
            errors.Add(new("ExtensionReason", "Enter why the request needs longer"));
        }
        else if (reason.Length > FieldLengths.Short)
        {
            errors.Add(new("ExtensionReason", $"The reason must be {FieldLengths.Short} characters or fewer"));
        }
        return await VersionedSave.SaveAsync(db, request, request.Id, version, errors, () => request.Extend(to!.Value, reason!), ct);
    }

    public async Task<AdminSaveResult> AnswerAsync(int id, DateOnly? on, Guid? version, CancellationToken ct = default)
    {
        if (await db.SubjectAccessRequests.FirstOrDefaultAsync(r => r.Id == id, ct) is not { } request)
        {
            return AdminSaveResult.NotFound;
        }
        var errors = new List<FieldError>();
        if (request.IsAnswered)
        {
            errors.Add(new("", "This request has been answered already"));
        }
        errors.AddRange(DateErrors("AnsweredOn", on, "Enter the date the answer was sent", "The date answered", notBefore: request.ReceivedOn));
        return await VersionedSave.SaveAsync(db, request, request.Id, version, errors, () => request.Answer(on!.Value), ct);
    }

    /// <summary>How many open requests are overdue, and how many fall due within <paramref name="days"/> days.</summary>
    public async Task<(int Overdue, int DueSoon)> RemindersAsync(int days, CancellationToken ct = default)
    {
        var today = UkTime.Today(clock);
        var soon = today.AddDays(days);
        var open = await db.SubjectAccessRequests.AsNoTracking().Where(r => r.AnsweredOn == null && r.DueOn <= soon).Select(r => r.DueOn).ToListAsync(ct);
        return (open.Count(d => d < today), open.Count(d => d >= today));
    }

    private IEnumerable<FieldError> DateErrors(string field, DateOnly? date, string missing, string name, DateOnly? notBefore)
    {
        var today = UkTime.Today(clock);
        if (date is null)
        {
            yield return new(field, missing);
        }
        else if (date > today)
        {
            yield return new(field, $"{name} must be today or in the past");
        }
        else if (notBefore is { } first && date < first)
        {
            yield return new(field, $"{name} must be on or after {AdminDisplay.Date(first)}, when the request was received");
        }
    }

    /// <summary>The bank holidays from receipt to the latest a request can be extended to, with a week's margin for a long weekend.</summary>
    private async Task<IReadOnlySet<DateOnly>> BankHolidaysAsync(DateOnly receivedOn, CancellationToken ct)
    {
        var last = receivedOn.AddMonths(1 + SubjectAccessTimeLimit.ExtensionMonths).AddDays(7);
        return (await db.BankHolidays.AsNoTracking().Where(h => h.Date >= receivedOn && h.Date <= last).Select(h => h.Date).ToListAsync(ct)).ToHashSet();
    }
}

/// <summary>What the log shows of a request's progress: answered, overdue, due soon (a reminder) or open.</summary>
public static class SubjectAccessStatus
{
    public const int ReminderDays = 7;

    public static (string Text, string TagClass) For(SubjectAccessRequest request, DateOnly today)
    {
        if (request.AnsweredOn is { } answered)
        {
            return ($"Answered {AdminDisplay.Date(answered)}", "govuk-tag--green");
        }
        var days = request.DueOn.DayNumber - today.DayNumber;
        return days switch
        {
            < 0 => ($"Overdue by {Days(-days)}", "govuk-tag--red"),
            0 => ("Due today", "govuk-tag--red"),
            <= ReminderDays => ($"Due in {Days(days)}", "govuk-tag--orange"),
            _ => ("Open", "govuk-tag--blue"),
        };
    }

    private static string Days(int n) => n == 1 ? "1 day" : $"{n} days";
}

using Marac.Data;
using Marac.Data.Meetings;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Minutes;

/// <summary>
/// When minutes are due: the partnership's number of working days (default 3) after a date, skipping
/// weekends and bank holidays.
/// </summary>
public sealed class MinutesDeadline(MaracDbContext db)
{
    public const int DefaultWorkingDays = 3;

    public async Task<DateOnly> IssueByAsync(DateOnly from)
    {
        var days = await db.PartnershipSettings.AsNoTracking().Select(s => (int?)s.MinutesIssueWorkingDays).FirstOrDefaultAsync()
                   ?? DefaultWorkingDays;
        var holidays = await HolidaysAsync(from, from.AddDays(7 * (days / 5 + 3)));
        return WorkingDays.After(from, days, holidays);
    }

    /// <summary>Whether <paramref name="today"/> is within one working day of <paramref name="issueBy"/>, or past it.</summary>
    public async Task<bool> IsDueSoonAsync(DateOnly issueBy, DateOnly today)
    {
        if (today >= issueBy)
        {
            return true;
        }
        var holidays = await HolidaysAsync(today, issueBy);
        return WorkingDays.After(today, 1, holidays) >= issueBy;
    }

    private async Task<HashSet<DateOnly>> HolidaysAsync(DateOnly from, DateOnly to) =>
        (await db.BankHolidays.AsNoTracking().Where(h => h.Date >= from && h.Date <= to).Select(h => h.Date).ToListAsync()).ToHashSet();
}

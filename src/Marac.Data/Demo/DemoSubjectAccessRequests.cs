using Marac.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Marac.Data.Demo;

/// <summary>
/// The demo partnership's log of subject access requests, dated from today: one answered, one extended, one due
/// within the reminder period and one just received, so the log and its reminder can be tried at once.
/// </summary>
internal static class DemoSubjectAccessRequests
{
    public static async Task WriteAsync(MaracDbContext db, DateOnly today, CancellationToken ct)
    {
        var holidays = (await db.BankHolidays.AsNoTracking().Select(h => h.Date).ToListAsync(ct)).ToHashSet();
        var now = DateTime.UtcNow;
        SubjectAccessRequest Received(int number, int daysAgo) =>
            SubjectAccessRequest.Record($"SAR-{today.Year}-{number:D3}", today.AddDays(-daysAgo), holidays, null, now);

        var answered = Received(1, 75);
        answered.Answer(today.AddDays(-50));
        var extended = Received(2, 40);
        extended.Extend(extended.DueOn.AddMonths(1), "Records held by five agencies; the requester was told on receipt");
        db.SubjectAccessRequests.AddRange(answered, extended, Received(3, 26), Received(4, 3));
        await db.SaveChangesAsync(ct);
    }
}

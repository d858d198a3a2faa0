using Marac.Data;
using Marac.Data.Entities;
using Marac.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Notifications;

/// <summary>The signed-in person's notifications, newest first; each can be marked as read, or all at once.</summary>
public sealed class IndexModel(MaracDbContext db, TimeProvider clock) : PageModel
{
    public const int Shown = 100;

    [BindProperty]
    public int NotificationId { get; set; }

    public IReadOnlyList<Notification> Notifications { get; private set; } = [];
    public int Unread => Notifications.Count(n => n.ReadAt is null);

    public async Task OnGetAsync() =>
        Notifications = await Mine().AsNoTracking().OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(Shown).ToListAsync();

    public async Task<IActionResult> OnPostReadAsync()
    {
        // Someone else's notification is simply not found among the user's own.
        await MarkReadAsync(Mine().Where(n => n.Id == NotificationId));
        return Redirect("/notifications");
    }

    public async Task<IActionResult> OnPostReadAllAsync()
    {
        var count = await MarkReadAsync(Mine());
        TempData["Success"] = count == 1 ? "1 notification marked as read" : $"{count} notifications marked as read";
        return Redirect("/notifications");
    }

    private IQueryable<Notification> Mine()
    {
        var id = User.StaffUserId() ?? 0;
        return db.Notifications.Where(n => n.StaffUserId == id);
    }

    private Task<int> MarkReadAsync(IQueryable<Notification> notifications)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return notifications.Where(n => n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now));
    }
}

using System.Net;
using Marac.Data.Entities;
using Marac.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Marac.Web.Tests.Administration.AdminTestData;
using static Marac.Web.Tests.Meetings.MeetingTestData;

namespace Marac.Web.Tests.Meetings;

/// <summary>A listed case on the published agenda, and whether it has children.</summary>
public sealed record ListedCase(int ReferralId, string Reference, bool WithChildren);

/// <summary>
/// An app of its own with one agenda built from the demo's accepted cases and published, made once for
/// the test class that uses it (publishing lists every waiting case, which would change what other classes see).
/// </summary>
public sealed class PublishedAgendaApp : MaracWebFactory
{
    private readonly Lazy<Task<int>> _meeting;

    public PublishedAgendaApp() => _meeting = new(PublishAsync);

    public Task<int> MeetingIdAsync() => _meeting.Value;

    public async Task<List<ListedCase>> ListedAsync()
    {
        var id = await MeetingIdAsync();
        return await WithDbAsync(db => db.AgendaItems.Where(i => i.MeetingId == id && i.Status == AgendaItemStatus.Listed)
            .OrderBy(i => i.Section).ThenBy(i => i.Order)
            .Select(i => new ListedCase(i.ReferralId, i.Referral.Reference, i.Referral.Children.Any() || i.Referral.ImportedChildrenCount > 0))
            .ToListAsync());
    }

    private async Task<int> PublishAsync()
    {
        using var coordinator = this.CreateClientAs(AppRoles.Coordinator);
        var latest = await WithDbAsync(db => db.Meetings.MaxAsync(m => m.StartsAt));
        using var scheduled = await coordinator.SubmitMainFormAsync("/meetings/new", ScheduleFields(DateOnly.FromDateTime(latest).AddDays(70)));
        scheduled.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var id = IdFrom(scheduled.RedirectTarget());
        using var proposed = await coordinator.SubmitFormAsync($"/meetings/{id}", formSelector: "#propose-agenda");
        proposed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var published = await coordinator.SubmitFormAsync($"/meetings/{id}", formSelector: "#publish-agenda");
        published.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return id;
    }
}

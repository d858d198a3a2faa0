using Marac.Data.Demo;
using Marac.Data.Entities;
using Marac.Web.Features.LiveMeeting;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Tests.LiveMeeting;

/// <summary>
/// A case listed again (to review its incomplete actions, or for information a year on) was heard at an earlier
/// meeting: marking it heard records it as reviewed, so it is still heard once, where the statistics count it.
/// </summary>
public sealed class ReviewedCaseTests(LiveMeetingApp app) : IClassFixture<LiveMeetingApp>
{
    [Fact]
    public async Task Marking_a_case_heard_at_an_earlier_meeting_records_it_as_reviewed()
    {
        var id = await app.MeetingIdAsync();
        var relisted = await RelistAsync((await app.CasesAsync()).Last());
        await app.SignAsync(DemoPartnership.CoordinatorObjectId);
        await using var chair = (await app.JoinAsync(DemoPartnership.CoordinatorObjectId)).Hub;
        var updates = chair.Collect<CaseView>(nameof(IMeetingClient.CaseUpdated));

        var outcome = await chair.InvokeAsync<CaseOutcome>("MarkHeard", id, relisted.Case.AgendaItemId);

        outcome.Saved.ShouldBeTrue();
        (await updates.WaitForAsync(c => c.AgendaItemId == relisted.Case.AgendaItemId)).Status.ShouldBe("Reviewed");
        var items = await app.WithDbAsync(db => db.AgendaItems.AsNoTracking().Where(i => i.ReferralId == relisted.Case.ReferralId).ToListAsync());
        items.Single(i => i.Id == relisted.Case.AgendaItemId).Status.ShouldBe(AgendaItemStatus.Reviewed);
        items.Single(i => i.MeetingId == relisted.EarlierMeetingId).Status.ShouldBe(AgendaItemStatus.Heard);
        (await app.WithDbAsync(db => db.Referrals.Where(r => r.Id == relisted.Case.ReferralId).Select(r => r.Status).SingleAsync()))
            .ShouldBe(ReferralStatus.Heard);
    }

    private sealed record Relisted(LiveCase Case, int EarlierMeetingId);

    /// <summary>Records the case as heard at the latest concluded meeting, as the agenda's review sections find it.</summary>
    private async Task<Relisted> RelistAsync(LiveCase live) => await app.WithDbAsync(async db =>
    {
        var earlier = await db.Meetings.Where(m => m.Status == MeetingStatus.Concluded).OrderByDescending(m => m.StartsAt).FirstAsync();
        db.AgendaItems.Add(new AgendaItem { MeetingId = earlier.Id, ReferralId = live.ReferralId, Section = AgendaSection.AdultOnlyCases, Order = 99, Status = AgendaItemStatus.Heard });
        (await db.Referrals.SingleAsync(r => r.Id == live.ReferralId)).Status = ReferralStatus.Heard;
        await db.SaveChangesAsync();
        return new Relisted(live, earlier.Id);
    });
}

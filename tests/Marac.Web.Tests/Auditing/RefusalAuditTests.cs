using System.Net;
using Marac.Data.Demo;
using Marac.Data.Entities;
using Marac.Web.Features.LiveMeeting;
using Marac.Web.Tests.Infrastructure;
using Marac.Web.Tests.LiveMeeting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Logging;

namespace Marac.Web.Tests.Auditing;

/// <summary>
/// Every refusal leaves an event (issue 13): a role policy's redirect to the access-denied page, a request no
/// handler answers, and a hub call refused with a message (logged at Warning without a stack trace). None of
/// them records an address's values.
/// </summary>
public sealed class RefusalAuditTests(LiveMeetingApp app) : IClassFixture<LiveMeetingApp>
{
    [Fact]
    public async Task A_role_policy_refusal_is_audited_with_the_page_and_the_policy()
    {
        var referrer = await app.StaffAsync(DemoPartnership.PoliceReferrerObjectId);
        using var client = app.CreateClientAs(DemoPartnership.PoliceReferrerObjectId);
        var before = await app.LastAuditSequenceAsync();

        using var response = await client.GetAsync("/meetings");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.RedirectTarget()!.ShouldStartWith("/access-denied");
        var refused = (await app.AuditEventsAfterAsync(before)).ShouldHaveSingleItem();
        (refused.Action, refused.UserId, refused.EntityId).ShouldBe((AuditAction.Refused, referrer.Id, "/meetings"));
        refused.Outcome.ShouldStartWith("role policy");
    }

    [Fact]
    public async Task A_request_no_handler_answers_is_audited_by_route_pattern_not_address()
    {
        var meetingId = await app.MeetingIdAsync();
        using var client = app.CreateClientAs(DemoPartnership.CoordinatorObjectId);
        var before = await app.LastAuditSequenceAsync();

        using var response = await client.GetAsync($"/meetings/{meetingId}?handler=anything");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var refused = (await app.AuditEventsAfterAsync(before)).ShouldHaveSingleItem();
        (refused.Action, refused.EntityId, refused.Outcome).ShouldBe((AuditAction.Refused, "/meetings/{id:int}", "no such handler"));
    }

    [Fact]
    public async Task A_hub_refusal_is_audited_and_logged_as_a_warning_without_a_stack_trace()
    {
        var id = await app.MeetingIdAsync();
        var chair = await app.StaffAsync(DemoPartnership.ChairObjectId);
        await using var hub = app.Hub(DemoPartnership.ChairObjectId);
        await hub.StartAsync();
        var before = await app.LastAuditSequenceAsync();

        await Should.ThrowAsync<HubException>(hub.InvokeAsync<MeetingStateView>("JoinMeeting", id));

        var refused = (await app.AuditEventsAfterAsync(before)).ShouldHaveSingleItem();
        (refused.Action, refused.UserId, refused.EntityType, refused.EntityId).ShouldBe((AuditAction.Refused, chair.Id, "LiveMeeting", "JoinMeeting"));
        refused.Outcome.ShouldBe(LiveMessages.NotAttendee);
        var logged = app.Logs.Entries.Where(l => l.Text.Contains("JoinMeeting refused", StringComparison.Ordinal)).ToList();
        logged.ShouldNotBeEmpty();
        logged.ShouldAllBe(l => l.Level == LogLevel.Warning && !l.Text.Contains("| exception:", StringComparison.Ordinal));
    }
}

using System.Net;
using Marac.Data.Demo;
using Marac.Data.Entities;
using Marac.Web.Features.LiveMeeting;
using Marac.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Tests.LiveMeeting;

/// <summary>Who the hub refuses, and that refusals leave the connection (and the meeting) working.</summary>
public sealed class LiveMeetingAccessTests(LiveMeetingApp app) : IClassFixture<LiveMeetingApp>
{
    [Fact]
    public async Task A_user_without_a_case_role_cannot_connect_at_all()
    {
        await app.MeetingIdAsync();
        await using var hub = app.Hub(DemoPartnership.PoliceReferrerObjectId);

        await Should.ThrowAsync<HttpRequestException>(hub.StartAsync());
    }

    [Fact]
    public async Task A_chair_who_is_not_this_meetings_chair_is_not_an_attendee()
    {
        var id = await app.MeetingIdAsync();
        await using var hub = app.Hub(DemoPartnership.ChairObjectId);
        await hub.StartAsync();

        var refused = await Should.ThrowAsync<HubException>(hub.InvokeAsync<MeetingStateView>("JoinMeeting", id));

        refused.Message.ShouldContain(LiveMessages.NotAttendee);
    }

    [Fact]
    public async Task An_attendee_who_has_not_agreed_to_the_statement_is_refused_until_they_do()
    {
        var id = await app.MeetingIdAsync();
        await using var hub = app.Hub(DemoPartnership.HousingRepresentativeObjectId);
        await hub.StartAsync();

        var refused = await Should.ThrowAsync<HubException>(hub.InvokeAsync<MeetingStateView>("JoinMeeting", id));
        refused.Message.ShouldContain(LiveMessages.NotSigned);

        await app.SignAsync(DemoPartnership.HousingRepresentativeObjectId);
        var state = await hub.InvokeAsync<MeetingStateView>("JoinMeeting", id);
        state.Agenda.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task A_call_for_a_meeting_not_joined_is_refused_and_the_connection_carries_on()
    {
        var id = await app.MeetingIdAsync();
        await app.SignAsync(DemoPartnership.CoordinatorObjectId);
        await using var hub = app.Hub(DemoPartnership.CoordinatorObjectId);
        await hub.StartAsync();

        var refused = await Should.ThrowAsync<HubException>(hub.InvokeAsync<MeetingStateView>("GetState", id));
        refused.Message.ShouldContain(LiveMessages.NotInMeeting);

        (await hub.InvokeAsync<MeetingStateView>("JoinMeeting", id)).IsLead.ShouldBeTrue();
        hub.State.ShouldBe(HubConnectionState.Connected);
    }

    [Fact]
    public async Task An_excluded_user_gets_nothing_of_the_case_they_are_excluded_from()
    {
        var id = await app.MeetingIdAsync();
        var adult = await app.AdultOnlyCaseAsync();
        var health = await app.StaffAsync(DemoPartnership.HealthRepresentativeObjectId);
        await app.WithDbAsync(async db =>
        {
            db.CaseExclusions.Add(new CaseExclusion { ReferralId = adult.ReferralId, StaffUserId = health.Id, Reason = "Related to the victim", RecordedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });
        await app.SignAsync(DemoPartnership.CoordinatorObjectId);
        await app.SignAsync(DemoPartnership.HealthRepresentativeObjectId);
        var (coordinator, _) = await app.JoinAsync(DemoPartnership.CoordinatorObjectId);
        var (excluded, state) = await app.JoinAsync(DemoPartnership.HealthRepresentativeObjectId);
        await using var _1 = coordinator;
        await using var _2 = excluded;
        var moves = excluded.CaseChanges();

        state.Agenda.ShouldNotContain(e => e.AgendaItemId == adult.AgendaItemId);
        (await Should.ThrowAsync<HubException>(excluded.InvokeAsync<CaseView>("GetCase", id, adult.AgendaItemId)))
            .Message.ShouldContain(LiveMessages.CaseRefused);
        await coordinator.InvokeAsync("MoveToCase", id, adult.AgendaItemId);

        var move = await moves.WaitForAsync(_ => true);
        move.Current.ShouldBeNull();
    }

    [Fact]
    public async Task A_children_only_agency_sees_cases_with_children_and_is_told_when_their_section_ends()
    {
        var id = await app.MeetingIdAsync();
        var children = await app.CaseWithChildrenAsync();
        var adult = await app.AdultOnlyCaseAsync();
        await app.SignAsync(DemoPartnership.CoordinatorObjectId);
        await app.SignAsync(DemoPartnership.CafcassRepresentativeObjectId);
        var (coordinator, _) = await app.JoinAsync(DemoPartnership.CoordinatorObjectId);
        var (cafcass, state) = await app.JoinAsync(DemoPartnership.CafcassRepresentativeObjectId);
        await using var _1 = coordinator;
        await using var _2 = cafcass;
        var moves = cafcass.CaseChanges();

        state.Agenda.ShouldContain(e => e.AgendaItemId == children.AgendaItemId);
        state.Agenda.ShouldNotContain(e => e.AgendaItemId == adult.AgendaItemId);
        (await cafcass.InvokeAsync<CaseView>("GetCase", id, children.AgendaItemId)).AgendaItemId.ShouldBe(children.AgendaItemId);
        (await Should.ThrowAsync<HubException>(cafcass.InvokeAsync<CaseView>("GetCase", id, adult.AgendaItemId)))
            .Message.ShouldContain(LiveMessages.CaseRefused);

        await coordinator.InvokeAsync("MoveToCase", id, children.AgendaItemId);
        (await moves.WaitForAsync(m => m.Current is not null)).Current!.AgendaItemId.ShouldBe(children.AgendaItemId);
        await coordinator.InvokeAsync("MoveToCase", id, adult.AgendaItemId);
        var ended = await moves.WaitForAsync(m => m.Current is null);
        ended.Notice.ShouldBe(LiveMessages.ChildrenSectionEnded);
    }

    [Fact]
    public async Task Signing_out_closes_the_users_connections_and_the_old_session_cannot_reconnect()
    {
        var id = await app.MeetingIdAsync();
        await app.SignAsync(DemoPartnership.IdvaRepresentativeObjectId);
        var idva = await app.StaffAsync(DemoPartnership.IdvaRepresentativeObjectId);
        using var browser = app.CreateAnonymousClient();
        using var signIn = await browser.SubmitFormAsync("/dev/sign-in", [new("UserId", idva.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        var session = signIn.SetCookieFor(Sessions.SessionCookieName).ShouldNotBeNull();
        var cookie = $"{session.Name}={session.Value}";
        await using var hub = LiveHubClients.Connect(app.Server, MaracWebFactory.BaseAddress, h => h["Cookie"] = cookie);
        var closed = new TaskCompletionSource();
        hub.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };
        await hub.StartAsync();
        await hub.InvokeAsync<MeetingStateView>("JoinMeeting", id);

        using var signOut = await browser.SubmitFormAsync("/", formSelector: "form[action='/sign-out']");
        signOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await closed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await using var again = LiveHubClients.Connect(app.Server, MaracWebFactory.BaseAddress, h => h["Cookie"] = cookie);
        await Should.ThrowAsync<Exception>(async () =>
        {
            await again.StartAsync();
            await again.InvokeAsync<MeetingStateView>("JoinMeeting", id);
        });
    }

    [Fact]
    public async Task A_representative_is_not_offered_the_conclude_form_and_cannot_conclude_the_meeting()
    {
        var id = await app.MeetingIdAsync();
        await app.SignAsync(DemoPartnership.PoliceRepresentativeObjectId);
        using var police = app.CreateClientAs(DemoPartnership.PoliceRepresentativeObjectId);
        var page = await police.GetPageAsync($"/meetings/{id}/live");
        page.QuerySelector("#conclude-meeting").ShouldBeNull();

        using var response = await police.PostAsync($"/meetings/{id}/live?handler=Conclude",
            new FormUrlEncodedContent([new(HtmlPages.AntiforgeryField, page.AntiforgeryToken()), new("ConfirmEnd", "true")]));

        // Refused as the app refuses a lead-only request: to the access-denied page.
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.RedirectTarget().ShouldNotBeNull().ShouldStartWith("/access-denied");
        var meeting = await app.WithDbAsync(db => db.Meetings.AsNoTracking().SingleAsync(m => m.Id == id));
        meeting.Status.ShouldBe(MeetingStatus.InProgress);
        meeting.ConcludedAt.ShouldBeNull();
        (await app.WithDbAsync(db => db.MeetingMinutes.AnyAsync(m => m.MeetingId == id))).ShouldBeFalse();
    }

    [Fact]
    public async Task A_representatives_agenda_links_to_the_live_meeting_while_it_is_in_progress()
    {
        var id = await app.MeetingIdAsync();
        using var police = app.CreateClientAs(DemoPartnership.PoliceRepresentativeObjectId);

        var agenda = await police.GetPageAsync($"/agendas/{id}");

        agenda.QuerySelectorAll("a").ShouldContain(a => a.GetAttribute("href") == $"/meetings/{id}/live" && a.TextContent == "Join the live meeting");
    }

    [Fact]
    public async Task A_connection_from_another_sites_page_is_refused()
    {
        await app.MeetingIdAsync();
        using var client = app.CreateClientAs(DemoPartnership.CoordinatorObjectId);
        using var request = new HttpRequestMessage(HttpMethod.Post, MeetingHub.Path + "/negotiate?negotiateVersion=1");
        request.Headers.Add("Origin", "https://attacker.example");

        using var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

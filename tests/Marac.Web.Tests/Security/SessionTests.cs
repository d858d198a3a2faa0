using System.Net;
using Marac.Data.Demo;
using Marac.Data.Entities;
using Marac.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Marac.Web.Tests.Security;

/// <summary>
/// Real sessions made through the development sign-in page: how they end (idle timeout, sign-out)
/// and how a leaver's access stops at once.
/// </summary>
[Collection(SharedAppCollection.Name)]
public sealed class SessionTests(MaracWebFactory app)
{
    [Fact]
    public async Task Signing_in_is_audited()
    {
        var coordinator = await app.StaffAsync(DemoUsers.For(AppRoles.Coordinator).ObjectId);
        var before = await app.LastAuditSequenceAsync();

        using var client = await app.SignInThroughDevPageAsync(coordinator.Id);

        var events = await app.AuditEventsAfterAsync(before);
        events.ShouldContain(e => e.Action == AuditAction.SignIn && e.EntityType == nameof(StaffUser)
            && e.EntityId == coordinator.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) && e.Outcome == "Active");
    }

    [Fact]
    public async Task An_idle_session_ends_after_30_minutes_but_activity_keeps_it_alive()
    {
        var options = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(CookieAuthenticationDefaults.AuthenticationScheme);
        (options.ExpireTimeSpan, options.SlidingExpiration).ShouldBe((TimeSpan.FromMinutes(30), true));
        var chair = await app.StaffAsync(DemoUsers.For(AppRoles.Chair).ObjectId);
        using var client = await app.SignInThroughDevPageAsync(chair.Id);
        (await client.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Active every 20 minutes: 40 minutes after signing in the session is still alive.
        app.Clock.Advance(TimeSpan.FromMinutes(20));
        (await client.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
        app.Clock.Advance(TimeSpan.FromMinutes(20));
        (await client.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Then 31 minutes with nothing: the next request is sent to sign in again.
        app.Clock.Advance(TimeSpan.FromMinutes(31));
        using var afterIdle = await client.GetAsync("/");
        afterIdle.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        afterIdle.RedirectTarget().ShouldNotBeNull().ShouldStartWith("/dev/sign-in");
    }

    [Fact]
    public async Task Signing_out_ends_the_session_and_is_audited()
    {
        var coordinator = await app.StaffAsync(DemoUsers.For(AppRoles.Coordinator).ObjectId);
        using var client = await app.SignInThroughDevPageAsync(coordinator.Id);
        (await client.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var before = await app.LastAuditSequenceAsync();

        using var signOut = await client.SubmitFormAsync("/sign-out");

        signOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signOut.RedirectTarget().ShouldBe("/signed-out");
        signOut.SetCookieFor(Sessions.SessionCookieName).ShouldNotBeNull("signing out deletes the session cookie")
            ["expires"].ShouldNotBeNull().ShouldContain("1970");
        using var next = await client.GetAsync("/referrals");
        next.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        next.RedirectTarget().ShouldNotBeNull().ShouldStartWith("/dev/sign-in");
        (await app.AuditEventsAfterAsync(before)).ShouldContain(e => e.Action == AuditAction.SignOut && e.UserId == coordinator.Id);
    }

    [Fact]
    public async Task A_copy_of_the_session_cookie_taken_before_signing_out_no_longer_works()
    {
        var coordinator = await app.StaffAsync(DemoUsers.For(AppRoles.Coordinator).ObjectId);
        using var client = app.CreateAnonymousClient();
        var token = (await client.GetPageAsync("/dev/sign-in")).AntiforgeryToken();
        using var signIn = await client.PostAsync("/dev/sign-in", new FormUrlEncodedContent(
            [new(HtmlPages.AntiforgeryField, token), new("UserId", coordinator.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))]));
        var session = signIn.SetCookieFor(Sessions.SessionCookieName).ShouldNotBeNull();

        using var signOut = await client.SubmitFormAsync("/sign-out");
        signOut.RedirectTarget().ShouldBe("/signed-out");

        using var replay = app.CreateClientWithCookie($"{session.Name}={session.Value}");
        using var response = await replay.GetAsync("/referrals");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.RedirectTarget().ShouldNotBeNull().ShouldStartWith("/dev/sign-in");
    }

    [Fact]
    public async Task A_leaver_loses_access_on_their_next_request_without_signing_in_again()
    {
        var police = await app.WithDbAsync(db => db.Agencies.SingleAsync(a => a.Name == DemoAgencyNames.Police));
        var leaver = new StaffUser
        {
            TenantId = DemoPartnership.DevelopmentTenantId,
            ObjectId = Guid.NewGuid(),
            DisplayName = "Lee Leaverton",
            Email = "lee.leaverton@police.coventry-demo.example",
            AgencyId = police.Id,
            Roles = AppRoles.Referrer,
            Status = StaffUserStatus.Active,
            FirstSeenAt = app.Clock.GetUtcNow().UtcDateTime,
        };
        await app.WithDbAsync(async db =>
        {
            db.StaffUsers.Add(leaver);
            await db.SaveChangesAsync();
        });
        using var client = await app.SignInThroughDevPageAsync(leaver.Id);
        (await client.GetAsync("/referrals")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await app.WithDbAsync(async db =>
        {
            var user = await db.StaffUsers.SingleAsync(u => u.Id == leaver.Id);
            user.Status = StaffUserStatus.Left;
            user.LeftAt = app.Clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync();
        });

        using var referrals = await client.GetAsync("/referrals");
        referrals.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        referrals.RedirectTarget().ShouldNotBeNull().ShouldStartWith("/access-denied");
        using var home = await client.GetAsync("/");
        home.RedirectTarget().ShouldNotBeNull().ShouldStartWith("/access-denied");
        using var denied = await client.GetAsync(referrals.RedirectTarget());
        denied.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await denied.Content.ReadAsStringAsync()).ShouldContain("Your access to Marac has ended");
    }
}

using Marac.BrowserTests.Infrastructure;
using Marac.Web.Infrastructure.Auth;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Marac.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public sealed class SignInAndOutTests(BrowserFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task The_coordinator_signs_in_through_the_development_page_and_sees_their_name()
    {
        await using var browser = await BrowserSession.OpenAsync(fixture, output, "coordinator-signs-in");
        var coordinator = DemoStaff.Coordinator;

        await browser.SignInAsync(coordinator.DisplayName);

        var page = browser.Page;
        page.PathOf().ShouldBe("/");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync($"Signed in as {coordinator.DisplayName}");
        await Expect(page.GetByRole(AriaRole.Banner)).ToContainTextAsync(coordinator.DisplayName);
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Referrals" })).ToBeVisibleAsync();
        await Expect(page.GetByText("OFFICIAL-SENSITIVE").First).ToBeVisibleAsync();

        // The browser kept the __Host- session cookie, Secure and HttpOnly, as the app set it.
        var session = (await browser.Context.CookiesAsync()).SingleOrDefault(c => c.Name == AuthenticationSetup.SessionCookieName);
        session.ShouldNotBeNull("the browser did not keep the session cookie");
        session.Secure.ShouldBeTrue();
        session.HttpOnly.ShouldBeTrue();
        session.Path.ShouldBe("/");

        await browser.FinishAsync();
    }

    [Fact]
    public async Task Signing_out_from_the_header_ends_the_session()
    {
        await using var browser = await BrowserSession.OpenAsync(fixture, output, "sign-out");
        await browser.SignInAsync(DemoStaff.Coordinator.DisplayName);
        var page = browser.Page;

        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync("**/signed-out");
        await browser.CheckPageAsync("signed-out");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("You have signed out");
        await Expect(page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToHaveCountAsync(0);
        (await browser.Context.CookiesAsync()).ShouldNotContain(c => c.Name == AuthenticationSetup.SessionCookieName);

        await browser.GotoAsync("/", "home-after-sign-out");
        await Expect(page).ToHaveURLAsync(MaracPages.SignInUrl());

        await browser.GotoAsync("/referrals", "referrals-after-sign-out");
        await Expect(page).ToHaveURLAsync(MaracPages.SignInUrl());

        await browser.FinishAsync();
    }
}

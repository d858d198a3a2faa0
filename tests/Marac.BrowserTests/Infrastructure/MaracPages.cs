using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Marac.BrowserTests.Infrastructure;

/// <summary>What a person does on Marac's common pages, done the way they would do it.</summary>
public static partial class MaracPages
{
    /// <summary>
    /// Opens the app signed out, is sent to the development sign-in page, picks the person by the name
    /// shown next to their radio button, and lands on the home page.
    /// </summary>
    public static async Task SignInAsync(this BrowserSession session, string displayName)
    {
        await session.GotoAsync("/", "sign-in-page");
        var page = session.Page;
        await Expect(page).ToHaveURLAsync(SignInUrl());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign in to the demo partnership");
        await page.GetByRole(AriaRole.Radio, new() { Name = displayName, Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        await session.CheckPageAsync($"home-{displayName}");
    }

    /// <summary>The development sign-in page, whatever return address it carries.</summary>
    public static Regex SignInUrl() => SignInPattern();

    /// <summary>The path of the page the browser is on.</summary>
    public static string PathOf(this IPage page) => new Uri(page.Url).AbsolutePath;

    [GeneratedRegex("/dev/sign-in(\\?|$)")]
    private static partial Regex SignInPattern();
}

using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Marac.BrowserTests.Infrastructure;

/// <summary>axe-core against WCAG 2.2 AA (and the 2.0 and 2.1 A and AA rules it builds on).</summary>
public static class Accessibility
{
    public static readonly IReadOnlyList<string> Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>Runs axe on the page as it is now and fails, listing each violation, if it finds any.</summary>
    public static async Task AssertNoViolationsAsync(IPage page, string where)
    {
        var options = new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = Tags.ToList() },
        };
        var result = await page.RunAxe(options);
        if (result.Violations.Length == 0)
        {
            return;
        }
        throw new AccessibilityException(Describe(result.Violations, where, page.Url));
    }

    public static string Describe(IEnumerable<AxeResultItem> violations, string where, string url)
    {
        var text = new StringBuilder();
        text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"axe found WCAG violations on {where} ({url}):");
        foreach (var violation in violations)
        {
            text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"- {violation.Id} ({violation.Impact}): {violation.Help} {violation.HelpUrl}");
            foreach (var node in violation.Nodes)
            {
                text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"    at {node.Target}: {node.Html}");
                var checks = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []);
                var summary = string.Join(" ", checks.Select(c => c.Message).Where(m => !string.IsNullOrWhiteSpace(m)));
                if (!string.IsNullOrWhiteSpace(summary))
                {
                    text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"       {summary}");
                }
            }
        }
        return text.ToString();
    }
}

public sealed class AccessibilityException(string message) : Exception(message);

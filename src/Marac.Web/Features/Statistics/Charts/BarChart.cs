using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Marac.Web.Features.Statistics.Charts;

/// <summary>One bar: its category, its length, and the figure printed beside it.</summary>
public sealed record ChartBar(string Label, double Value, string ValueText);

/// <summary>One series of a stacked chart: its name in the key and its value in each category.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double> Values);

/// <summary>
/// A bar chart drawn on the server as inline SVG: role="img" with a title and a description that
/// carry its meaning, and the page puts the same numbers in a table beside it. Colours are
/// presentation attributes, not styles, so the Content-Security-Policy needs no 'unsafe-inline'.
/// </summary>
public static class BarChart
{
    private const string BarColour = "#1d70b8";
    private const string TextColour = "#0b0c0c";
    private const string AxisColour = "#505a5f";
    private const int Width = 600;

    /// <summary>Vertical bars, one per category along the bottom (quarters, say).</summary>
    public static IHtmlContent Columns(string id, string title, string description, IReadOnlyList<ChartBar> bars)
    {
        const int height = 300, top = 30, bottom = 40;
        var plot = height - top - bottom;
        var max = Max(bars);
        var slot = (double)Width / Math.Max(1, bars.Count);
        var svg = Open(id, title, description, height);
        Line(svg, 0, height - bottom, Width, height - bottom);
        for (var i = 0; i < bars.Count; i++)
        {
            var length = plot * bars[i].Value / max;
            var x = i * slot + slot * 0.2;
            var y = height - bottom - length;
            Rect(svg, x, y, slot * 0.6, length);
            Text(svg, x + slot * 0.3, y - 8, bars[i].ValueText, "middle", bold: true);
            Text(svg, x + slot * 0.3, height - bottom + 24, bars[i].Label, "middle");
        }
        return Close(svg);
    }

    /// <summary>Horizontal bars, one per row with its label on the left (referral sources, say).</summary>
    public static IHtmlContent Rows(string id, string title, string description, IReadOnlyList<ChartBar> bars)
    {
        const int rowHeight = 28, labelWidth = 230, valueWidth = 70;
        var height = Math.Max(1, bars.Count) * rowHeight + 10;
        var plot = Width - labelWidth - valueWidth;
        var max = Max(bars);
        var svg = Open(id, title, description, height);
        Line(svg, labelWidth, 0, labelWidth, height);
        for (var i = 0; i < bars.Count; i++)
        {
            var y = 5 + i * rowHeight;
            var length = plot * bars[i].Value / max;
            Text(svg, labelWidth - 8, y + 18, bars[i].Label, "end");
            Rect(svg, labelWidth, y + 4, length, rowHeight - 8);
            Text(svg, labelWidth + length + 6, y + 18, bars[i].ValueText, "start", bold: true);
        }
        return Close(svg);
    }

    /// <summary>
    /// Stacked columns, one per category along the bottom, each split into its series (referral sources
    /// per quarter, say), with a key above. Segments are separated by a white line so that neighbours
    /// can be told apart without relying on colour alone; the table beside the chart holds every number.
    /// </summary>
    public static IHtmlContent StackedColumns(string id, string title, string description, IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series)
    {
        const int keyRowHeight = 24, bottom = 40, plot = 230;
        var keyRows = (series.Count + 1) / 2;
        var top = keyRows * keyRowHeight + 30;
        var height = top + plot + bottom;
        var totals = categories.Select((_, i) => series.Sum(s => s.Values[i])).ToList();
        var max = totals.Count == 0 || totals.Max() <= 0 ? 1 : totals.Max();
        var slot = (double)Width / Math.Max(1, categories.Count);
        var svg = Open(id, title, description, height);
        for (var k = 0; k < series.Count; k++)
        {
            var (x, y) = (k % 2 * 300, k / 2 * keyRowHeight + 4);
            Rect(svg, x, y, 16, 16, SeriesColours[k % SeriesColours.Length]);
            Text(svg, x + 22, y + 14, series[k].Name, "start");
        }
        Line(svg, 0, height - bottom, Width, height - bottom);
        for (var i = 0; i < categories.Count; i++)
        {
            var x = i * slot + slot * 0.2;
            var y = (double)(height - bottom);
            for (var k = 0; k < series.Count; k++)
            {
                var length = plot * series[k].Values[i] / max;
                y -= length;
                Rect(svg, x, y, slot * 0.6, length, SeriesColours[k % SeriesColours.Length], separated: true);
            }
            Text(svg, x + slot * 0.3, y - 8, totals[i].ToString("0.#", CultureInfo.InvariantCulture), "middle", bold: true);
            Text(svg, x + slot * 0.3, height - bottom + 24, categories[i], "middle");
        }
        return Close(svg);
    }

    /// <summary>GOV.UK colours, each at least 3:1 against white.</summary>
    private static readonly string[] SeriesColours = ["#1d70b8", "#f47738", "#00703c", "#4c2c92", "#505a5f", "#d4351c"];

    private static double Max(IReadOnlyList<ChartBar> bars) =>
        bars.Count == 0 || bars.Max(b => b.Value) <= 0 ? 1 : bars.Max(b => b.Value);

    private static StringBuilder Open(string id, string title, string description, int height)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"marac-chart\" role=\"img\" focusable=\"false\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" aria-labelledby=\"{id}-title {id}-desc\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Encode(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{Encode(description)}</desc>");
        return svg;
    }

    private static HtmlString Close(StringBuilder svg) => new(svg.Append("</svg>").ToString());

    private static void Rect(StringBuilder svg, double x, double y, double width, double height, string colour = BarColour, bool separated = false) =>
        svg.Append(CultureInfo.InvariantCulture,
            $"<rect x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{Math.Max(0, width):0.#}\" height=\"{Math.Max(0, height):0.#}\" fill=\"{colour}\"{(separated ? " stroke=\"#ffffff\" stroke-width=\"1\"" : "")}/>");

    private static void Line(StringBuilder svg, double x1, double y1, double x2, double y2) =>
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x1:0.#}\" y1=\"{y1:0.#}\" x2=\"{x2:0.#}\" y2=\"{y2:0.#}\" stroke=\"{AxisColour}\" stroke-width=\"1\"/>");

    private static void Text(StringBuilder svg, double x, double y, string text, string anchor, bool bold = false) =>
        svg.Append(CultureInfo.InvariantCulture,
            $"<text x=\"{x:0.#}\" y=\"{y:0.#}\" text-anchor=\"{anchor}\" font-size=\"16\" fill=\"{TextColour}\"{(bold ? " font-weight=\"bold\"" : "")}>{Encode(text)}</text>");

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}

using System.Text;

namespace Marac.Web.Features.Statistics.Import;

/// <summary>The rejected rows of a case list as CSV: the row number and reasons, then the row as it was.</summary>
public static class RejectedRowsCsv
{
    public const string ContentType = "text/csv";
    public const string FileName = "rejected-rows.csv";

    public static async Task WriteAsync(Stream file, CaseListCheck check, Stream output, CancellationToken ct)
    {
        var reasons = check.Problems.Where(p => p.Row > 1).GroupBy(p => p.Row)
            .ToDictionary(g => g.Key, g => string.Join("; ", g.Select(p => p.Reason)));
        await using var writer = new StreamWriter(output, new UTF8Encoding(true), leaveOpen: true);
        var format = CaseListFile.Recognise(file);
        var first = true;
        foreach (var row in CaseListFile.Rows(file, format))
        {
            if (first || reasons.ContainsKey(row.Number))
            {
                var lead = first ? new[] { "Row", "Reason" } : [row.Number.ToString(), reasons[row.Number]];
                await writer.WriteLineAsync(string.Join(",", lead.Concat(row.Cells.Select(c => c.Text)).Select(Quote)));
                ct.ThrowIfCancellationRequested();
            }
            first = false;
        }
    }

    /// <summary>Quotes a field (RFC 4180), and neutralises text a spreadsheet would run as a formula.</summary>
    public static string Quote(string value)
    {
        value = Marac.Sharing.Exports.SpreadsheetSafeText.Neutralise(value);
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }
}

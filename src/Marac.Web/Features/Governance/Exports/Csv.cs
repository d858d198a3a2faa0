using Marac.Sharing.Exports;

namespace Marac.Web.Features.Governance;

/// <summary>CSV lines (RFC 4180) whose fields are neutralised against spreadsheet formulas.</summary>
public static class Csv
{
    public static string Line(IEnumerable<string> fields) => string.Join(",", fields.Select(Field));

    public static string Field(string value)
    {
        var safe = SpreadsheetSafeText.Neutralise(value);
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : safe;
    }
}

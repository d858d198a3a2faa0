using System.Text;

namespace Marac.Web.Features.Statistics.Import;

/// <summary>Reads CSV (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks), one row at a time.</summary>
public static class CsvRowReader
{
    public static IEnumerable<SheetRow> Read(Stream stream)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var rowNumber = 0;
        while (ReadRecord(reader) is { } fields)
        {
            rowNumber++;
            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue;
            }
            yield return new SheetRow(rowNumber, fields.Select(f => new SheetCell(f, IsFormula: f.StartsWith('='))).ToList());
        }
    }

    private static List<string>? ReadRecord(StreamReader reader)
    {
        if (reader.Peek() < 0)
        {
            return null;
        }
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        while (true)
        {
            var c = reader.Read();
            if (quoted)
            {
                if (c < 0) { break; }
                if (c == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                    else { quoted = false; }
                }
                else { field.Append((char)c); }
                continue;
            }
            if (c < 0 || c == '\n') { break; }
            if (c == '\r')
            {
                if (reader.Peek() == '\n') { reader.Read(); }
                break;
            }
            if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '"' && field.Length == 0) { quoted = true; }
            else { field.Append((char)c); }
        }
        fields.Add(field.ToString());
        return fields;
    }
}

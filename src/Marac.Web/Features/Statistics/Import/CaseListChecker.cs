using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Marac.Data;
using Microsoft.EntityFrameworkCore;

namespace Marac.Web.Features.Statistics.Import;

/// <summary>Reads a case list and checks every row, including that each reference is new to this MARAC.</summary>
public sealed class CaseListChecker(MaracDbContext db)
{
    private const int LookupChunk = 500;

    private const int ProgressEvery = 1000;

    /// <param name="progress">Told how many rows are read so far, every thousand or so.</param>
    public async Task<CaseListCheck> CheckAsync(Stream file, CancellationToken ct = default, IProgress<int>? progress = null)
    {
        var check = new CaseListCheck();
        if (file.Length > CaseListFile.MaxBytes)
        {
            check.FileProblem(CaseListFile.TooLarge);
            return check;
        }
        var format = CaseListFile.Recognise(file);
        if (format == CaseListFormat.NotRecognised)
        {
            check.FileProblem(CaseListFile.NotRecognised);
            return check;
        }
        try
        {
            ReadRows(CaseListFile.Rows(file, format), check, progress);
        }
        catch (Exception e) when (e is InvalidDataException or DecoderFallbackException or OpenXmlPackageException
            or IOException or System.Xml.XmlException or InvalidOperationException or FormatException or ArgumentException
            or KeyNotFoundException)
        {
            check.Valid.Clear();
            check.FileProblem("The selected file could not be read: check it is a CSV or an Excel (.xlsx) workbook saved from your spreadsheet program");
            return check;
        }
        await RejectKnownReferencesAsync(check, ct);
        return check;
    }

    private static void ReadRows(IEnumerable<SheetRow> rows, CaseListCheck check, IProgress<int>? progress)
    {
        CaseRowParser? parser = null;
        var references = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            if (parser is null)
            {
                parser = ReadHeader(row, check);
                if (parser is null) { return; }
                continue;
            }
            if (row.Cells.All(c => c.IsBlank)) { continue; }
            if (++check.RowsRead % ProgressEvery == 0)
            {
                progress?.Report(check.RowsRead);
            }
            var imported = parser.Parse(row, check.Problems);
            if (imported is null) { continue; }
            if (references.TryGetValue(imported.CaseReference, out var firstRow))
            {
                check.Problems.Add(new RowProblem(row.Number, CaseListColumns.CaseReference, $"CaseReference is also on row {firstRow}"));
                continue;
            }
            references[imported.CaseReference] = row.Number;
            check.Valid.Add(imported);
        }
        if (parser is null) { check.FileProblem("The selected file is empty"); }
        else if (check.RowsRead == 0) { check.FileProblem("The selected file has no rows under its headings"); }
    }

    private static CaseRowParser? ReadHeader(SheetRow header, CaseListCheck check)
    {
        var columns = new Dictionary<string, int>();
        for (var i = 0; i < header.Cells.Count; i++)
        {
            var text = header.Cells[i].Text.Trim();
            if (text.Length == 0) { continue; }
            if (CaseListColumns.Canonical(text) is { } known) { columns.TryAdd(known, i); }
            else { check.UnknownColumns.Add(CaseRowParser.Shorten(text)); }
        }
        foreach (var missing in CaseListColumns.Required.Where(c => !columns.ContainsKey(c)))
        {
            check.FileProblem($"The file has no {missing} column");
        }
        if (!columns.ContainsKey(CaseListColumns.VictimDateOfBirth) && !columns.ContainsKey(CaseListColumns.VictimAge))
        {
            check.FileProblem("The file has neither a VictimDateOfBirth nor a VictimAge column");
        }
        return check.FileRejected ? null : new CaseRowParser(columns);
    }

    private async Task RejectKnownReferencesAsync(CaseListCheck check, CancellationToken ct)
    {
        var known = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var chunk in check.Valid.Select(c => c.CaseReference).Chunk(LookupChunk))
        {
            known.UnionWith(await db.Referrals.Where(r => chunk.Contains(r.Reference)).Select(r => r.Reference).ToListAsync(ct));
        }
        if (known.Count == 0) { return; }
        foreach (var duplicate in check.Valid.Where(c => known.Contains(c.CaseReference)))
        {
            check.Problems.Add(new RowProblem(duplicate.Row, CaseListColumns.CaseReference, "CaseReference is already used by a case in Marac"));
        }
        check.Valid.RemoveAll(c => known.Contains(c.CaseReference));
        var sorted = check.Problems.OrderBy(p => p.Row).ToList();
        check.Problems.Clear();
        check.Problems.AddRange(sorted);
    }
}

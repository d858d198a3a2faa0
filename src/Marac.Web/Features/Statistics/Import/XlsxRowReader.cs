using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Marac.Web.Features.Statistics.Import;

/// <summary>
/// Reads the first worksheet of an .xlsx with the OpenXML SDK's forward-only reader, one row at a
/// time, so a large workbook is never held in memory (only its shared strings are).
/// </summary>
public static class XlsxRowReader
{
    public static IEnumerable<SheetRow> Read(Stream stream)
    {
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("The workbook has no sheets.");
        var sharedStrings = ReadSharedStrings(workbook.SharedStringTablePart);
        var firstSheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault()
            ?? throw new InvalidDataException("The workbook has no sheets.");
        var part = (WorksheetPart)workbook.GetPartById(firstSheet.Id!.Value!);
        foreach (var row in ReadRows(part, sharedStrings))
        {
            yield return row;
        }
    }

    private static IEnumerable<SheetRow> ReadRows(WorksheetPart part, List<string> sharedStrings)
    {
        using var reader = OpenXmlReader.Create(part);
        var rowNumber = 0;
        var cells = new List<SheetCell>();
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Row) && reader.IsStartElement)
            {
                if (rowNumber > 0 && cells.Count > 0)
                {
                    yield return new SheetRow(rowNumber, cells);
                }
                cells = [];
                rowNumber = RowIndex(reader) ?? rowNumber + 1;
            }
            else if (reader.ElementType == typeof(Cell) && reader.IsStartElement)
            {
                var cell = (Cell)reader.LoadCurrentElement()!;
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                while (cells.Count < column)
                {
                    cells.Add(SheetCell.Empty);
                }
                cells.Add(ToSheetCell(cell, sharedStrings));
            }
        }
        if (rowNumber > 0 && cells.Count > 0)
        {
            yield return new SheetRow(rowNumber, cells);
        }
    }

    private static int? RowIndex(OpenXmlReader reader) =>
        reader.Attributes.FirstOrDefault(a => a.LocalName == "r").Value is { } r && int.TryParse(r, out var index) ? index : null;

    private static SheetCell ToSheetCell(Cell cell, List<string> sharedStrings)
    {
        var isFormula = cell.CellFormula is not null;
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            var index = int.TryParse(raw, out var i) && i >= 0 && i < sharedStrings.Count ? i : -1;
            return new SheetCell(index < 0 ? "" : sharedStrings[index], isFormula);
        }
        if (type == CellValues.InlineString)
        {
            return new SheetCell(cell.InlineString?.InnerText ?? "", isFormula);
        }
        if ((type is null || type == CellValues.Number)
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return new SheetCell(raw, isFormula, number);
        }
        return new SheetCell(raw, isFormula);
    }

    private static List<string> ReadSharedStrings(SharedStringTablePart? part)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                strings.Add(reader.LoadCurrentElement()!.InnerText);
            }
        }
        return strings;
    }

    /// <summary>Zero-based column of a reference such as "AB12".</summary>
    public static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return Math.Max(index - 1, 0);
    }
}

using ClosedXML.Excel;
using Marac.Sharing.Exports;

namespace Marac.Web.Features.Governance;

/// <summary>
/// Governance workbooks: the marking on row 1, headings on row 2, then rows of text, every cell neutralised
/// and stored as text, never as a formula.
/// </summary>
public static class Sheets
{
    public const string Marking = "OFFICIAL-SENSITIVE";
    public const int HeadingRow = 2;

    public static IXLWorksheet Add(XLWorkbook workbook, string name, IReadOnlyList<string> headings)
    {
        var sheet = workbook.AddWorksheet(name);
        sheet.Cell(1, 1).SetValue(Marking).Style.Font.SetBold(true);
        sheet.PageSetup.Header.Center.AddText(Marking);
        sheet.PageSetup.Footer.Center.AddText(Marking);
        WriteRow(sheet, HeadingRow, headings);
        sheet.Row(HeadingRow).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(HeadingRow);
        return sheet;
    }

    public static void WriteRow(IXLWorksheet sheet, int row, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = sheet.Cell(row, i + 1);
            cell.DataType = XLDataType.Text;
            cell.SetValue(SpreadsheetSafeText.Neutralise(cells[i]));
        }
    }
}

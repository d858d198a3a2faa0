using ClosedXML.Excel;
using Marac.Web.Features.Statistics.Computation;

namespace Marac.Web.Features.Statistics.Export;

/// <summary>
/// Writes one sheet in the export's house style: the marking and a title above a frozen header row,
/// numbers stored as numbers, and small counts hidden in the "for publication" variant.
/// </summary>
public sealed class SheetWriter
{
    public const string Marking = "OFFICIAL-SENSITIVE";
    public const string CountFormat = "#,##0";
    public const string FractionFormat = "#,##0.00";
    public const string PercentFormat = "0.0%";
    public const string DecimalFormat = "0.00";

    /// <summary>The header row; data starts on the row after it.</summary>
    public const int HeaderRow = 4;

    private readonly SmallNumberSuppression? _suppression;

    public SheetWriter(IXLWorkbook workbook, string name, string title, SmallNumberSuppression? suppression)
    {
        _suppression = suppression;
        Sheet = workbook.Worksheets.Add(name);
        Sheet.Cell(1, 1).SetValue(Marking).Style.Font.SetBold(true);
        Sheet.Cell(2, 1).SetValue(title).Style.Font.SetBold(true).Font.SetFontSize(14);
        Sheet.PageSetup.Header.Center.AddText(Marking);
        Sheet.PageSetup.Footer.Center.AddText(Marking);
        Row = HeaderRow;
    }

    public IXLWorksheet Sheet { get; }

    /// <summary>The row being written.</summary>
    public int Row { get; private set; }

    /// <summary>Writes the header row, sets each column's width (AdjustToContents needs libgdiplus) and freezes everything above the data.</summary>
    public void Headers(params (string Text, double Width)[] columns)
    {
        for (var i = 0; i < columns.Length; i++)
        {
            var cell = Sheet.Cell(HeaderRow, i + 1).SetValue(columns[i].Text);
            cell.Style.Font.SetBold(true).Alignment.SetWrapText(true).Border.SetBottomBorder(XLBorderStyleValues.Thin);
            Sheet.Column(i + 1).Width = columns[i].Width;
        }
        Sheet.SheetView.FreezeRows(HeaderRow);
    }

    public void NextRow() => Row++;

    public void Text(int column, string text) => Sheet.Cell(Row, column).SetValue(text);

    /// <summary>A total, or a figure that is never suppressed (meetings, cases discussed).</summary>
    public void Total(int column, double value, string format = CountFormat) => Number(column, value, format);

    /// <summary>A count, hidden as "&lt;5" in the publication variant when small.</summary>
    public void Count(int column, double count, string format = CountFormat)
    {
        if (_suppression?.Hides(count) == true)
        {
            Sheet.Cell(Row, column).SetValue(_suppression.HiddenCount).Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Right);
            return;
        }
        Number(column, count, format);
    }

    /// <summary>A percentage (0-100) stored as a fraction with a % format; "-" when its count is hidden or it has no denominator.</summary>
    public void Percent(int column, double count, double? percent)
    {
        if (percent is null || _suppression?.Hides(count) == true)
        {
            Sheet.Cell(Row, column).SetValue(SmallNumberSuppression.HiddenPercent).Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Right);
            return;
        }
        Number(column, percent.Value / 100, PercentFormat);
    }

    /// <summary>A published or settings figure, never suppressed.</summary>
    public void Number(int column, double value, string format)
    {
        var cell = Sheet.Cell(Row, column).SetValue(value);
        cell.Style.NumberFormat.Format = format;
    }
}

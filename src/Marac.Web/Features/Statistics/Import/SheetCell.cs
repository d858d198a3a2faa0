namespace Marac.Web.Features.Statistics.Import;

/// <summary>One cell as read from the file: its text, whether it held a formula, and its number when it was numeric.</summary>
public readonly record struct SheetCell(string Text, bool IsFormula = false, double? Number = null)
{
    public static SheetCell Empty { get; } = new("");

    public bool IsBlank => !IsFormula && string.IsNullOrWhiteSpace(Text);
}

/// <summary>One row of cells with its row number in the file (the header is row 1).</summary>
public sealed record SheetRow(int Number, IReadOnlyList<SheetCell> Cells);

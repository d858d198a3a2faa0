namespace Marac.Web.Features.Statistics.Import;

/// <summary>The cells of one row by column name, recording a problem for each cell that cannot be read.</summary>
internal sealed class RowCells(SheetRow row, IReadOnlyDictionary<string, int> columns, List<RowProblem> problems)
{
    public void Problem(string column, string reason) => problems.Add(new RowProblem(row.Number, column, $"{column} {reason}"));

    public bool IsPresent(string column) => !Cell(column).IsBlank;

    /// <summary>The cell's trimmed text; null (with a problem when required) when blank or a formula.</summary>
    public string? Text(string column, bool required, int maxLength)
    {
        var cell = Cell(column);
        if (cell.IsFormula)
        {
            Problem(column, "contains a formula: enter the value itself");
            return null;
        }
        var text = cell.Text.Trim();
        if (text.Length == 0)
        {
            if (required) { Problem(column, "is missing"); }
            return null;
        }
        if (text.Length > maxLength)
        {
            Problem(column, $"must be {maxLength} characters or fewer");
            return null;
        }
        return text;
    }

    public DateOnly? Date(string column, bool required)
    {
        if (Text(column, required, maxLength: 40) is null)
        {
            return null;
        }
        var date = CellParsing.Date(Cell(column), out var reason);
        if (reason is not null) { Problem(column, reason); }
        return date;
    }

    public int? Whole(string column, bool required, int max)
    {
        if (Text(column, required, maxLength: 20) is null)
        {
            return null;
        }
        var value = CellParsing.WholeNumber(Cell(column), out var reason);
        if (reason is not null) { Problem(column, reason); }
        else if (value > max) { Problem(column, $"must be {max} or fewer"); return null; }
        return value;
    }

    public T? Choice<T>(string column, Func<string, T?> parse, string reason) where T : struct
    {
        if (Text(column, required: true, maxLength: 40) is not { } text)
        {
            return null;
        }
        var value = parse(text);
        if (value is null) { Problem(column, reason); }
        return value;
    }

    private SheetCell Cell(string column) =>
        columns.TryGetValue(column, out var index) && index < row.Cells.Count ? row.Cells[index] : SheetCell.Empty;
}

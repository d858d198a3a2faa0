namespace Marac.Web.Features.Statistics.Import;

/// <summary>What checking a case list found: the valid cases, and every problem by row and column.</summary>
public sealed class CaseListCheck
{
    public List<ImportedCase> Valid { get; } = [];
    public List<RowProblem> Problems { get; } = [];
    public List<string> UnknownColumns { get; } = [];
    public int RowsRead { get; set; }

    /// <summary>True when the file as a whole could not be read (nothing can be imported from it).</summary>
    public bool FileRejected => Problems.Any(p => p.Row <= 1);

    public IReadOnlySet<int> RejectedRows => Problems.Where(p => p.Row > 1).Select(p => p.Row).ToHashSet();

    public bool AllValid => Problems.Count == 0 && Valid.Count > 0;

    public void FileProblem(string reason) => Problems.Add(new RowProblem(1, "", reason));
}

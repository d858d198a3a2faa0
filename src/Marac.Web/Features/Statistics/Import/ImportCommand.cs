namespace Marac.Web.Features.Statistics.Import;

/// <summary>
/// <c>dotnet run --project src/Marac.Web -- import-cases &lt;file&gt; [--valid-rows-only]</c>: the same check and
/// import as the web page, for an administrator on the server, without starting the web server.
/// </summary>
public static class ImportCommand
{
    public const string Name = "import-cases";
    public const string ValidRowsOnly = "--valid-rows-only";
    private const int ProblemsPrinted = 200;

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, CancellationToken ct = default)
    {
        var path = args.Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        var validOnly = args.Contains(ValidRowsOnly);
        if (path is null || !File.Exists(path))
        {
            await output.WriteLineAsync($"Usage: {Name} <file.csv or file.xlsx> [{ValidRowsOnly}]" + (path is null ? "" : $"\nNo file at {path}"));
            return 2;
        }
        await using var scope = services.CreateAsyncScope();
        CaseListCheck check;
        await using (var file = File.OpenRead(path))
        {
            check = await scope.ServiceProvider.GetRequiredService<CaseListChecker>().CheckAsync(file, ct);
        }
        await ReportAsync(check, output);
        if (check.FileRejected || check.Valid.Count == 0 || (!check.AllValid && !validOnly))
        {
            await output.WriteLineAsync(check.FileRejected || check.Valid.Count == 0
                ? "Nothing was imported."
                : $"Nothing was imported: correct the rows above, or run again with {ValidRowsOnly}.");
            return 1;
        }
        var summary = await scope.ServiceProvider.GetRequiredService<CaseListImporter>()
            .ImportAsync(check.Valid, check.RejectedRows.Count, ct);
        await output.WriteLineAsync(summary.ToString());
        return 0;
    }

    private static async Task ReportAsync(CaseListCheck check, TextWriter output)
    {
        await output.WriteLineAsync($"{check.RowsRead} rows read: {check.Valid.Count} valid, {check.RejectedRows.Count} with problems.");
        if (check.UnknownColumns.Count > 0)
        {
            await output.WriteLineAsync($"Columns not imported: {string.Join(", ", check.UnknownColumns)}");
        }
        foreach (var problem in check.Problems.Take(ProblemsPrinted))
        {
            await output.WriteLineAsync(problem.Row <= 1 ? problem.Reason : $"Row {problem.Row}, {problem.Column}: {problem.Reason}");
        }
        if (check.Problems.Count > ProblemsPrinted)
        {
            await output.WriteLineAsync($"... and {check.Problems.Count - ProblemsPrinted} more problems.");
        }
    }
}

using BenchmarkDotNet.Attributes;
using Marac.Sharing.Redaction;

namespace Marac.Benchmarks;

/// <summary>
/// The free-text redactor on a 1,000,000-character narrative built from the labelled corpus's
/// sentences (over 40% of them hold something to mask, far denser than real narratives). Target: at
/// least 50 MB/s, i.e. a mean under 20 ms.
/// </summary>
[MemoryDiagnoser]
public class RedactorBenchmarks
{
    private const int NarrativeLength = 1_000_000;
    private const string PlacesDirective = "#places:";

    private TextRedactor _redactor = null!;
    private string _mixed = null!;
    private string _clean = null!;

    [GlobalSetup]
    public void Setup()
    {
        var lines = File.ReadAllLines(CorpusFile());
        var places = lines.Single(l => l.StartsWith(PlacesDirective, StringComparison.Ordinal))[PlacesDirective.Length..].Split('|', StringSplitOptions.TrimEntries);
        var rows = lines.Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();
        _redactor = new TextRedactor(places);
        _mixed = Narrative(rows.Select(r => r[0]).ToList());
        _clean = Narrative(rows.Where(r => r.Length == 1).Select(r => r[0]).ToList());
    }

    [Benchmark(Description = "Redactor: 1 MB narrative, corpus mix, nothing granted")]
    public RedactionResult MixedNothingGranted() => _redactor.Redact(_mixed, RedactionAccess.Nothing);

    [Benchmark(Description = "Redactor: 1 MB narrative, corpus mix, location granted")]
    public RedactionResult MixedLocationGranted() => _redactor.Redact(_mixed, new RedactionAccess(LocationAndSafetyContacts: true, Identity: false));

    [Benchmark(Description = "Redactor: 1 MB narrative, nothing to mask, nothing granted")]
    public RedactionResult CleanNothingGranted() => _redactor.Redact(_clean, RedactionAccess.Nothing);

    // Sentences in a fixed shuffled order, in paragraphs of six, until the narrative is long enough.
    private static string Narrative(IReadOnlyList<string> sentences)
    {
        var random = new Random(20261123);
        var text = new System.Text.StringBuilder(NarrativeLength + 1000);
        for (var i = 0; text.Length < NarrativeLength; i++)
        {
            text.Append(sentences[random.Next(sentences.Count)]).Append(i % 6 == 5 ? "\n\n" : " ");
        }
        return text.ToString(0, NarrativeLength);
    }

    private static string CorpusFile()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "Marac.Sharing.Tests", "Redaction", "corpus.tsv");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException("tests/Marac.Sharing.Tests/Redaction/corpus.tsv not found above " + AppContext.BaseDirectory);
    }
}

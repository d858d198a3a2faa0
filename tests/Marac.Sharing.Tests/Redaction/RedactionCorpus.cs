using Marac.Sharing.Categories;

namespace Marac.Sharing.Tests.Redaction;

public sealed record LabelledSpan(int Start, int Length, DataCategory Category)
{
    public int End => Start + Length;
}

public sealed record CorpusSentence(int LineNumber, string Text, IReadOnlyList<LabelledSpan> Labels);

/// <summary>
/// The labelled corpus in corpus.tsv: one sentence a line, then a column per sensitive span
/// ("location:CV1 2GT", "identity:943 476 5919"); "#places:" lists the partnership's sensitive places.
/// </summary>
public sealed record RedactionCorpus(IReadOnlyList<string> Places, IReadOnlyList<CorpusSentence> Sentences)
{
    private const string PlacesDirective = "#places:";

    public static RedactionCorpus Load() => Parse(File.ReadAllLines(FindFile()));

    public static RedactionCorpus Parse(IReadOnlyList<string> lines)
    {
        var places = new List<string>();
        var sentences = new List<CorpusSentence>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.StartsWith(PlacesDirective, StringComparison.Ordinal))
            {
                places.AddRange(line[PlacesDirective.Length..].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            }
            else if (line.Length > 0 && !line.StartsWith('#'))
            {
                sentences.Add(ParseSentence(i + 1, line));
            }
        }
        return new RedactionCorpus(places, sentences);
    }

    private static CorpusSentence ParseSentence(int lineNumber, string line)
    {
        var columns = line.Split('\t');
        var text = columns[0];
        var labels = columns.Skip(1).SelectMany(column => Occurrences(lineNumber, text, column)).ToList();
        return new CorpusSentence(lineNumber, text, labels);
    }

    private static IEnumerable<LabelledSpan> Occurrences(int lineNumber, string text, string column)
    {
        var separator = column.IndexOf(':', StringComparison.Ordinal);
        var category = column[..Math.Max(separator, 0)] switch
        {
            "location" => DataCategory.LocationAndSafetyContacts,
            "identity" => DataCategory.Identity,
            _ => throw new FormatException($"corpus.tsv line {lineNumber}: '{column}' is not location:… or identity:…"),
        };
        var span = column[(separator + 1)..];
        var found = false;
        for (var at = text.IndexOf(span, StringComparison.Ordinal); at >= 0; at = text.IndexOf(span, at + span.Length, StringComparison.Ordinal))
        {
            found = true;
            yield return new LabelledSpan(at, span.Length, category);
        }
        if (!found)
        {
            throw new FormatException($"corpus.tsv line {lineNumber}: '{span}' is not in the sentence.");
        }
    }

    private static string FindFile()
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

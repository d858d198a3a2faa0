using Marac.Sharing.Categories;
using Marac.Sharing.Redaction;

namespace Marac.Sharing.Tests.Redaction;

/// <summary>
/// How well the redactor protects one category, run as a viewer who lacks only that category.
/// A labelled span is detected when every letter and digit in it is masked; a false positive is a
/// masked span that touches no labelled span of the category.
/// </summary>
public sealed record CorpusScore(DataCategory Category, int Labelled, IReadOnlyList<string> Misses, IReadOnlyList<string> FalsePositives)
{
    public int Detected => Labelled - Misses.Count;

    public double DetectionRate => Labelled == 0 ? 1 : (double)Detected / Labelled;

    public static CorpusScore Measure(TextRedactor redactor, RedactionCorpus corpus, DataCategory category)
    {
        var access = category == DataCategory.Identity
            ? new RedactionAccess(LocationAndSafetyContacts: true, Identity: false)
            : new RedactionAccess(LocationAndSafetyContacts: false, Identity: true);
        var labelled = 0;
        var misses = new List<string>();
        var falsePositives = new List<string>();
        foreach (var sentence in corpus.Sentences)
        {
            var masked = redactor.Find(sentence.Text, access);
            var labels = sentence.Labels.Where(l => l.Category == category).ToList();
            labelled += labels.Count;
            misses.AddRange(labels.Where(l => !IsCovered(sentence.Text, l, masked)).Select(l => Describe(sentence, l.Start, l.Length)));
            falsePositives.AddRange(masked.Where(m => !labels.Any(l => m.Start < l.End && l.Start < m.End)).Select(m => Describe(sentence, m.Start, m.Length)));
        }
        return new CorpusScore(category, labelled, misses, falsePositives);
    }

    private static bool IsCovered(string text, LabelledSpan label, IReadOnlyList<SensitiveSpan> masked)
    {
        for (var i = label.Start; i < label.End; i++)
        {
            if (char.IsLetterOrDigit(text[i]) && !masked.Any(m => m.Start <= i && i < m.End))
            {
                return false;
            }
        }
        return true;
    }

    private static string Describe(CorpusSentence sentence, int start, int length) =>
        $"line {sentence.LineNumber}: \"{sentence.Text.Substring(start, length)}\" in \"{sentence.Text}\"";
}

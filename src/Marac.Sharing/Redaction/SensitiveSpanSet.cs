namespace Marac.Sharing.Redaction;

internal static class SensitiveSpanSet
{
    /// <summary>
    /// Orders the findings and joins overlapping ones into a single masked stretch, which keeps the kind
    /// of the earliest (and, on a tie, longest) finding.
    /// </summary>
    public static IReadOnlyList<SensitiveSpan> Resolve(List<SensitiveSpan> found)
    {
        if (found.Count < 2)
        {
            return found;
        }
        found.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var resolved = new List<SensitiveSpan>(found.Count) { found[0] };
        for (var i = 1; i < found.Count; i++)
        {
            var last = resolved[^1];
            var next = found[i];
            if (next.Start < last.End)
            {
                resolved[^1] = last with { Length = Math.Max(last.End, next.End) - last.Start };
            }
            else
            {
                resolved.Add(next);
            }
        }
        return resolved;
    }
}

using System.Collections.Concurrent;
using System.Globalization;

namespace Marac.Web.Features.Statistics.Import;

/// <summary>Where a check or an import has got to, for the page to show while the request runs.</summary>
public sealed record ImportProgressReport(string Text, int Done, int? Total);

/// <summary>
/// The progress of each running check and import, kept in memory for a few minutes, keyed by a random id
/// the page put in its form and by the user who posted it (so no one can read another's). Counts only.
/// With several instances behind a load balancer the polling request may reach another instance, which
/// answers "not known" and the page keeps its plain "working" message.
/// </summary>
public sealed class ImportProgressRegistry(TimeProvider clock)
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(30);
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");
    private readonly ConcurrentDictionary<string, Tracker> _trackers = new();

    /// <summary>A tracker for the id the form posted, or a tracker nobody can read when the id is not a GUID.</summary>
    public Tracker Track(string? progressId, string user)
    {
        var now = clock.GetUtcNow();
        foreach (var old in _trackers.Where(t => now - t.Value.Started > KeptFor))
        {
            _trackers.TryRemove(old.Key, out _);
        }
        var tracker = new Tracker(now);
        if (Guid.TryParseExact(progressId, "N", out var id))
        {
            _trackers[Key(id, user)] = tracker;
        }
        return tracker;
    }

    public ImportProgressReport? Find(string? progressId, string user) =>
        Guid.TryParseExact(progressId, "N", out var id) && _trackers.TryGetValue(Key(id, user), out var tracker) ? tracker.Report() : null;

    private static string Key(Guid id, string user) => $"{user}\n{id:N}";

    /// <summary>One check or import: reading rows, then (for an import) saving cases.</summary>
    public sealed class Tracker(DateTimeOffset started)
    {
        private volatile ImportProgressReport _report = new("Starting", 0, null);

        public DateTimeOffset Started { get; } = started;

        public IProgress<int> Reading => new Reporter(rows => _report = new($"Checking the file: {rows.ToString("N0", British)} rows read", rows, null));

        public IProgress<int> Saving(int total) =>
            new Reporter(cases => _report = new($"Saving cases: {cases.ToString("N0", British)} of {total.ToString("N0", British)}", cases, total));

        public ImportProgressReport Report() => _report;
    }

    /// <summary>Reports on the thread doing the work (Progress&lt;T&gt; would post to the thread pool, out of order).</summary>
    private sealed class Reporter(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}

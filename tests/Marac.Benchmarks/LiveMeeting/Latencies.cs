using System.Diagnostics;
using System.Globalization;

namespace Marac.Benchmarks.LiveMeeting;

/// <summary>Arrival delays in milliseconds, summarised as median and 99th percentile, and the messages sent a second.</summary>
public sealed class Latencies
{
    private readonly List<double> _ms = [];
    private long _first = long.MaxValue;
    private long _last;
    private int _messages;

    public void Add(long startTimestamp, long arrivalTimestamp)
    {
        lock (_ms)
        {
            _ms.Add(Stopwatch.GetElapsedTime(startTimestamp, arrivalTimestamp).TotalMilliseconds);
            (_first, _last) = (Math.Min(_first, startTimestamp), Math.Max(_last, arrivalTimestamp));
        }
    }

    /// <summary>A message (an action, or a relayed frame) has reached everyone.</summary>
    public void Delivered() => Interlocked.Increment(ref _messages);

    public int Count => _ms.Count;

    public string Summary()
    {
        var sorted = _ms.Order().ToList();
        double At(double p) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
        return string.Create(CultureInfo.InvariantCulture, $"median {At(0.5):0.0} ms, p99 {At(0.99):0.0} ms ({sorted.Count} arrivals; {_messages / Stopwatch.GetElapsedTime(_first, _last).TotalSeconds:0} messages a second)");
    }
}

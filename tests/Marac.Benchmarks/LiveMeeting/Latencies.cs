using System.Diagnostics;
using System.Globalization;

namespace Marac.Benchmarks.LiveMeeting;

/// <summary>Arrival delays in milliseconds, summarised as median and 99th percentile.</summary>
public sealed class Latencies
{
    private readonly List<double> _ms = [];

    public void Add(long startTimestamp, long arrivalTimestamp)
    {
        lock (_ms)
        {
            _ms.Add(Stopwatch.GetElapsedTime(startTimestamp, arrivalTimestamp).TotalMilliseconds);
        }
    }

    public int Count => _ms.Count;

    public string Summary()
    {
        var sorted = _ms.Order().ToList();
        double At(double p) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
        return string.Create(CultureInfo.InvariantCulture, $"median {At(0.5):0.0} ms, p99 {At(0.99):0.0} ms ({sorted.Count} arrivals)");
    }
}

namespace Marac.Web.Tests.Infrastructure;

/// <summary>
/// A clock the test moves by hand. Only wall-clock time is faked (<see cref="GetUtcNow"/>): timers and
/// timestamps stay real, so nothing in the host hangs waiting for a fake tick.
/// </summary>
public sealed class FakeTimeProvider(DateTimeOffset start) : TimeProvider
{
    private long _utcTicks = start.UtcTicks;

    public FakeTimeProvider()
        : this(DateTimeOffset.UtcNow)
    {
    }

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public void Advance(TimeSpan by)
    {
        if (by < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(by), "The fake clock only moves forward.");
        }
        Interlocked.Add(ref _utcTicks, by.Ticks);
    }
}

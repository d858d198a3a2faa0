namespace Marac.Web.Features.Minutes;

public enum MinutesOutcome { Done, NotFound, Refused, Conflict }

/// <summary>What a change to a meeting's minutes came to, with the message to show.</summary>
public sealed record MinutesResult(MinutesOutcome Outcome, string? Message = null)
{
    public const string ConflictMessage =
        "Someone else changed these minutes while you were looking at them. Nothing has been changed: check the minutes below and try again.";

    public static MinutesResult NotFound { get; } = new(MinutesOutcome.NotFound);

    public static MinutesResult Conflict { get; } = new(MinutesOutcome.Conflict, ConflictMessage);

    public static MinutesResult Done(string message) => new(MinutesOutcome.Done, message);

    public static MinutesResult Refused(string message) => new(MinutesOutcome.Refused, message);
}

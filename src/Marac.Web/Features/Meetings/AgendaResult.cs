namespace Marac.Web.Features.Meetings;

public enum AgendaOutcome { Done, Refused, Conflict, NotFound }

/// <summary>What an agenda change came to, with the message for the coordinator.</summary>
public sealed record AgendaResult(AgendaOutcome Outcome, string? Message = null)
{
    public const string ConflictMessage =
        "Someone else changed this agenda while you were working on it. Your change has not been saved. " +
        "The agenda below is as it is saved now: check it, then make your change again if it is still needed.";

    public static AgendaResult Done(string message) => new(AgendaOutcome.Done, message);

    public static AgendaResult Refused(string message) => new(AgendaOutcome.Refused, message);

    public static AgendaResult Conflict { get; } = new(AgendaOutcome.Conflict, ConflictMessage);

    public static AgendaResult NotFound { get; } = new(AgendaOutcome.NotFound);
}

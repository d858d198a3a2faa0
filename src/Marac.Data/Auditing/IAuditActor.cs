namespace Marac.Data.Auditing;

/// <summary>Who is acting in the current request or job, for the audit trail.</summary>
public interface IAuditActor
{
    int? UserId { get; }
    string? UserDisplay { get; }
}

public sealed class SystemAuditActor(string display) : IAuditActor
{
    public int? UserId => null;
    public string? UserDisplay { get; } = display;
}

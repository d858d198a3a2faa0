namespace Marac.Data.Entities;

/// <summary>
/// One insert-only, hash-chained audit record. Holds who, when, what and which record, never the
/// values of personal or restricted fields.
/// </summary>
public class AuditEvent
{
    public long Id { get; set; }
    public long Sequence { get; set; }
    public DateTime OccurredAt { get; set; }
    public AuditAction Action { get; set; }
    public int? UserId { get; set; }
    public string? UserDisplay { get; set; }
    public required string EntityType { get; set; }
    public string? EntityId { get; set; }
    public int? ReferralId { get; set; }
    /// <summary>Changed field names, or the data categories shown.</summary>
    public string? Detail { get; set; }
    public string? WithheldCategories { get; set; }
    public int? GrantId { get; set; }
    public string? Outcome { get; set; }
    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }
}

public class AuditCheckpoint
{
    public int Id { get; set; }
    public long LastPurgedSequence { get; set; }
    public required string LastPurgedHash { get; set; }
    public int PurgedByUserId { get; set; }
    public DateTime PurgedAt { get; set; }
}

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
    /// <summary>The id of the key whose HMAC <see cref="Hash"/> is (the key itself is held outside the database).</summary>
    public string? KeyId { get; set; }
}

public class AuditCheckpoint
{
    public int Id { get; set; }
    public long LastPurgedSequence { get; set; }
    public required string LastPurgedHash { get; set; }
    public int PurgedByUserId { get; set; }
    public DateTime PurgedAt { get; set; }
    public string? KeyId { get; set; }
    /// <summary>The HMAC of the checkpoint under <see cref="KeyId"/>: a checkpoint nobody holding the key wrote is refused.</summary>
    public string? Signature { get; set; }
}

/// <summary>
/// The audit chain's head, one row: the last sequence handed out and the hash of the event that holds it. Each
/// append updates it first, in the save's transaction, so appends from several instances queue on its row lock
/// and never read the same last sequence; a deleted tail leaves the head ahead of the events.
/// </summary>
public class AuditChainHead
{
    public const int SingleRowId = 1;

    public int Id { get; set; }
    public long Sequence { get; set; }
    public required string Hash { get; set; }
}

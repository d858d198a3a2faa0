using Marac.Data.Entities;

namespace Marac.Data.Auditing;

/// <summary>What is wrong with an audit trail, at the first place it goes wrong.</summary>
public enum AuditBreak
{
    /// <summary>An event's content no longer matches its keyed hash (edited, or re-hashed without the key).</summary>
    EditedEvent,
    /// <summary>An event does not name the hash of the event before it.</summary>
    BrokenLink,
    /// <summary>Sequences are missing between the events that remain (a deleted range).</summary>
    MissingEvents,
    /// <summary>The chain head counts further than the last event: the last events were deleted.</summary>
    TruncatedTail,
    /// <summary>Events were written past the chain head, or the head's hash is not the last event's.</summary>
    HeadMismatch,
    /// <summary>A checkpoint is not signed by a key the partnership holds.</summary>
    ForgedCheckpoint,
    /// <summary>Events remain at or before a purge checkpoint: a purge removes every event up to it.</summary>
    EventsBeforeCheckpoint,
    /// <summary>An event is signed by no key the partnership holds.</summary>
    UnknownKey,
    /// <summary>An anchor outside the database is not signed by a key the partnership holds.</summary>
    ForgedAnchor,
    /// <summary>The event at an anchored sequence is not the one anchored.</summary>
    AnchorMismatch,
    /// <summary>An exported trail's file is not as Marac signed it (a byte changed, added or removed).</summary>
    FileAltered,
}

public sealed record AuditChainResult(bool IsIntact, long EventsChecked, long? FirstBrokenSequence, AuditBreak? Break = null)
{
    public static AuditChainResult Broken(long checkedCount, long sequence, AuditBreak kind) => new(false, checkedCount, sequence, kind);
}

/// <summary>
/// The verifier's rules, over a trail read in sequence order from anywhere (the database, or an exported file):
/// <see cref="Start"/> with the checkpoints, <see cref="Step"/> each event, <see cref="Finish"/> with the chain head.
/// </summary>
public sealed class AuditChainWalk(AuditKeys keys)
{
    private long _expectedSequence = 1;
    private string _expectedPrevious = AuditHash.Genesis;
    private long _purgedTo;
    private IReadOnlyList<AuditAnchor> _anchors = [];
    private Dictionary<long, string> _anchored = [];

    public long Checked { get; private set; }

    public AuditChainResult? Start(IEnumerable<AuditCheckpoint> checkpoints, IReadOnlyList<AuditAnchor>? anchors = null)
    {
        _anchors = anchors ?? [];
        if (_anchors.FirstOrDefault(a => !a.IsSignedBy(keys)) is { } forgedAnchor)
        {
            return AuditChainResult.Broken(0, forgedAnchor.Sequence, AuditBreak.ForgedAnchor);
        }
        foreach (var checkpoint in checkpoints.OrderBy(c => c.LastPurgedSequence))
        {
            if (!keys.Verify(checkpoint.KeyId, AuditHash.CheckpointText(checkpoint), checkpoint.Signature))
            {
                return AuditChainResult.Broken(0, checkpoint.LastPurgedSequence, AuditBreak.ForgedCheckpoint);
            }
            (_purgedTo, _expectedSequence, _expectedPrevious) = (checkpoint.LastPurgedSequence, checkpoint.LastPurgedSequence + 1, checkpoint.LastPurgedHash);
        }
        _anchored = _anchors.Where(a => a.Sequence > _purgedTo).GroupBy(a => a.Sequence).ToDictionary(g => g.Key, g => g.First().Hash);
        return null;
    }

    public AuditChainResult? Step(AuditEvent e)
    {
        AuditBreak? fault = e.Sequence <= _purgedTo ? AuditBreak.EventsBeforeCheckpoint
            : e.Sequence > _expectedSequence ? AuditBreak.MissingEvents
            : e.Sequence < _expectedSequence ? AuditBreak.BrokenLink
            : e.KeyId is null || !keys.Knows(e.KeyId) ? AuditBreak.UnknownKey
            : e.PreviousHash != _expectedPrevious ? AuditBreak.BrokenLink
            : !AuditHash.IsValid(e, keys) ? AuditBreak.EditedEvent
            : _anchored.TryGetValue(e.Sequence, out var anchoredHash) && anchoredHash != e.Hash ? AuditBreak.AnchorMismatch
            : null;
        if (fault is { } kind)
        {
            return AuditChainResult.Broken(Checked, kind == AuditBreak.MissingEvents ? _expectedSequence : e.Sequence, kind);
        }
        (_expectedSequence, _expectedPrevious) = (e.Sequence + 1, e.Hash);
        Checked++;
        return null;
    }

    public AuditChainResult Finish(AuditChainHead? head)
    {
        var last = _expectedSequence - 1;
        if (_anchors.Count > 0 && _anchors[^1].Sequence > last)
        {
            // The anchors outside the database are ahead of it: its last events were deleted, whatever the head says.
            return AuditChainResult.Broken(Checked, _expectedSequence, AuditBreak.TruncatedTail);
        }
        if (head is null || head.Sequence < last)
        {
            return AuditChainResult.Broken(Checked, head?.Sequence + 1 ?? 1, AuditBreak.HeadMismatch);
        }
        if (head.Sequence > last)
        {
            return AuditChainResult.Broken(Checked, _expectedSequence, AuditBreak.TruncatedTail);
        }
        return head.Hash == _expectedPrevious ? new AuditChainResult(true, Checked, null) : AuditChainResult.Broken(Checked, last, AuditBreak.HeadMismatch);
    }
}

using System.Security.Cryptography;
using Marac.Data.Auditing;
using Marac.Data.Entities;
using Marac.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Marac.Data.Tests.Auditing;

/// <summary>
/// The audit trail against someone who can write to the database but does not hold the audit key (issue 13):
/// each attack is detected, with the sequence where it starts and what kind of break it is.
/// </summary>
public sealed class AuditChainAttackTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = null!;
    private readonly string _anchorFolder = Path.Combine(Path.GetTempPath(), $"marac-anchors-{Guid.NewGuid():N}");

    public async Task InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateAsync();
        await RecordAsync(10);
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        if (Directory.Exists(_anchorFolder))
        {
            Directory.Delete(_anchorFolder, recursive: true);
        }
    }

    [Fact]
    public async Task An_untouched_trail_verifies()
    {
        var result = await VerifyAsync();
        result.IsIntact.ShouldBeTrue();
        result.EventsChecked.ShouldBe(10);
    }

    [Fact]
    public async Task Editing_an_event_and_rehashing_every_later_one_without_the_key_is_found_at_the_edit()
    {
        // The attacker re-signs with a key of their own under the real key's id.
        var attacker = new AuditKeys(SqliteTestDatabase.KeyId, new Dictionary<string, byte[]> { [SqliteTestDatabase.KeyId] = RandomNumberGenerator.GetBytes(32) });
        await TamperAsync(async db =>
        {
            var events = await db.AuditEvents.OrderBy(e => e.Sequence).ToListAsync();
            events[3].Outcome = "nothing happened";
            var previous = events[2].Hash;
            foreach (var e in events.Skip(3))
            {
                e.PreviousHash = previous;
                e.Hash = AuditHash.Compute(e, attacker);
                previous = e.Hash;
            }
            db.SuppressChangeAudit = true;
            await db.SaveChangesAsync();
            await db.AuditChainHeads.ExecuteUpdateAsync(s => s.SetProperty(h => h.Hash, previous));
        });

        await ShouldBreakAsync(4, AuditBreak.EditedEvent);
    }

    [Fact]
    public async Task Editing_an_event_and_leaving_the_hashes_is_found_at_the_edit()
    {
        await TamperAsync(db => db.AuditEvents.Where(e => e.Sequence == 6).ExecuteUpdateAsync(s => s.SetProperty(e => e.Detail, "altered")));

        await ShouldBreakAsync(6, AuditBreak.EditedEvent);
    }

    [Fact]
    public async Task Deleting_the_last_events_is_found_as_a_truncated_tail()
    {
        await TamperAsync(db => db.AuditEvents.Where(e => e.Sequence > 8).ExecuteDeleteAsync());

        await ShouldBreakAsync(9, AuditBreak.TruncatedTail);
    }

    [Fact]
    public async Task Deleting_the_last_events_never_lets_their_sequences_be_used_again()
    {
        await TamperAsync(db => db.AuditEvents.Where(e => e.Sequence > 8).ExecuteDeleteAsync());
        await RecordAsync(2);

        (await Events(db => db.AuditEvents.Select(e => e.Sequence).OrderBy(s => s).ToListAsync())).ShouldBe([1, 2, 3, 4, 5, 6, 7, 8, 11, 12]);
        await ShouldBreakAsync(9, AuditBreak.MissingEvents);
    }

    [Fact]
    public async Task Deleting_a_range_is_found_at_its_first_missing_sequence()
    {
        await TamperAsync(db => db.AuditEvents.Where(e => e.Sequence >= 4 && e.Sequence <= 6).ExecuteDeleteAsync());

        await ShouldBreakAsync(4, AuditBreak.MissingEvents);
    }

    [Fact]
    public async Task Deleting_a_range_and_inserting_a_checkpoint_nobody_with_the_key_signed_is_found_as_a_forgery()
    {
        await TamperAsync(async db =>
        {
            var last = await db.AuditEvents.SingleAsync(e => e.Sequence == 6);
            await db.AuditEvents.Where(e => e.Sequence <= 6).ExecuteDeleteAsync();
            var forged = new AuditCheckpoint
            {
                LastPurgedSequence = 6, LastPurgedHash = last.Hash, PurgedByUserId = 1, PurgedAt = DateTime.UtcNow, KeyId = _database.Keys.CurrentKeyId,
            };
            forged.Signature = AuditKeys.Ephemeral() is var other ? other.Sign(other.CurrentKeyId, AuditHash.CheckpointText(forged)) : null;
            db.AuditCheckpoints.Add(forged);
            db.SuppressChangeAudit = true;
            await db.SaveChangesAsync();
        });

        await ShouldBreakAsync(6, AuditBreak.ForgedCheckpoint);
    }

    [Fact]
    public async Task A_genuine_checkpoint_cannot_cover_a_range_deleted_in_the_middle()
    {
        await TamperAsync(async db =>
        {
            var last = await db.AuditEvents.SingleAsync(e => e.Sequence == 6);
            await db.AuditEvents.Where(e => e.Sequence > 3 && e.Sequence <= 6).ExecuteDeleteAsync();
            var checkpoint = new AuditCheckpoint { LastPurgedSequence = 6, LastPurgedHash = last.Hash, PurgedByUserId = 1, PurgedAt = DateTime.UtcNow, KeyId = _database.Keys.CurrentKeyId };
            // Even signed with the real key (an insider), events left before the checkpoint give the range away.
            checkpoint.Signature = _database.Keys.Sign(checkpoint.KeyId, AuditHash.CheckpointText(checkpoint));
            db.AuditCheckpoints.Add(checkpoint);
            db.SuppressChangeAudit = true;
            await db.SaveChangesAsync();
        });

        await ShouldBreakAsync(1, AuditBreak.EventsBeforeCheckpoint);
    }

    [Fact]
    public async Task Events_written_past_the_chain_head_are_found()
    {
        await TamperAsync(db => db.AuditChainHeads.ExecuteUpdateAsync(s => s.SetProperty(h => h.Sequence, 7)));

        await ShouldBreakAsync(8, AuditBreak.HeadMismatch);
    }

    [Fact]
    public async Task Deleting_the_tail_and_moving_the_head_back_is_caught_by_the_anchor_outside_the_database()
    {
        var store = new FolderAnchorStore(_anchorFolder);
        await using (var db = _database.NewContext())
        {
            (await AuditAnchoring.AnchorHeadAsync(db, store, DateTime.UtcNow))!.Sequence.ShouldBe(10);
        }
        await TamperAsync(async db =>
        {
            var eight = await db.AuditEvents.SingleAsync(e => e.Sequence == 8);
            await db.AuditEvents.Where(e => e.Sequence > 8).ExecuteDeleteAsync();
            await db.AuditChainHeads.ExecuteUpdateAsync(s => s.SetProperty(h => h.Sequence, 8).SetProperty(h => h.Hash, eight.Hash));
        });

        (await VerifyAsync()).IsIntact.ShouldBeTrue("the database alone cannot tell: this is what anchors are for");
        var result = await VerifyAsync(anchors: store);
        (result.Break, result.FirstBrokenSequence).ShouldBe((AuditBreak.TruncatedTail, 9L));
    }

    [Fact]
    public async Task The_folder_store_keeps_each_anchor_and_never_overwrites_one_and_a_changed_anchor_is_reported()
    {
        var store = new FolderAnchorStore(_anchorFolder);
        var first = AuditAnchor.Sign(10, "AB", DateTime.UtcNow, _database.Keys);
        await store.WriteAsync(first);
        await store.WriteAsync(first with { Hash = "CD" });

        (await store.ReadAllAsync()).ShouldHaveSingleItem().Hash.ShouldBe("AB");

        var file = Directory.GetFiles(_anchorFolder).Single();
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"Sequence\":10", "\"Sequence\":11", StringComparison.Ordinal));
        var result = await VerifyAsync(anchors: store);
        result.Break.ShouldBe(AuditBreak.ForgedAnchor);
    }

    [Fact]
    public async Task A_trail_written_before_the_key_is_signed_once_and_then_verifies_but_a_broken_one_is_left_to_be_reported()
    {
        await MakeUnkeyedAsync();
        (await VerifyAsync()).Break.ShouldBe(AuditBreak.UnknownKey);

        await using (var db = _database.NewContext())
        {
            (await AuditChainUpgrade.SignUnkeyedAsync(db)).ShouldBe(10);
        }
        var upgraded = await VerifyAsync();
        upgraded.IsIntact.ShouldBeTrue();
        upgraded.EventsChecked.ShouldBe(11, "the ten events and the record of their signing");

        await MakeUnkeyedAsync();
        await TamperAsync(db => db.AuditEvents.Where(e => e.Sequence == 5).ExecuteUpdateAsync(s => s.SetProperty(e => e.Detail, "altered")));
        await using (var db = _database.NewContext())
        {
            (await AuditChainUpgrade.SignUnkeyedAsync(db)).ShouldBe(0);
        }
        (await VerifyAsync()).Break.ShouldBe(AuditBreak.UnknownKey);
    }

    /// <summary>Rewrites the trail as the unkeyed SHA-256 chain it was before keys.</summary>
    private Task MakeUnkeyedAsync() => TamperAsync(async db =>
    {
        var previous = AuditHash.Genesis;
        foreach (var e in await db.AuditEvents.OrderBy(e => e.Sequence).ToListAsync())
        {
            (e.KeyId, e.PreviousHash) = (null, previous);
            e.Hash = AuditHash.Legacy(e);
            previous = e.Hash;
        }
        db.SuppressChangeAudit = true;
        await db.SaveChangesAsync();
        await db.AuditChainHeads.ExecuteUpdateAsync(s => s.SetProperty(h => h.Hash, previous));
    });

    [Fact]
    public async Task After_a_key_rotation_the_whole_trail_still_verifies_and_without_the_old_key_it_does_not()
    {
        var newId = "rotated-2027";
        var keys = new Dictionary<string, byte[]> { [newId] = RandomNumberGenerator.GetBytes(32), [SqliteTestDatabase.KeyId] = _database.KeyBytes };
        var rotated = new AuditKeys(newId, keys);
        await RecordAsync(5, rotated);

        (await VerifyAsync(rotated)).IsIntact.ShouldBeTrue();
        (await Events(db => db.AuditEvents.CountAsync(e => e.KeyId == newId))).ShouldBe(5);
        var withoutOld = new AuditKeys(newId, new Dictionary<string, byte[]> { [newId] = keys[newId] });
        var broken = await VerifyAsync(withoutOld);
        (broken.Break, broken.FirstBrokenSequence).ShouldBe((AuditBreak.UnknownKey, 1L));
    }

    [Fact]
    public async Task Two_writers_at_once_never_take_the_same_sequence()
    {
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => RecordAsync(25))));

        var sequences = await Events(db => db.AuditEvents.Select(e => e.Sequence).OrderBy(s => s).ToListAsync());
        sequences.ShouldBe(Enumerable.Range(1, 110).Select(i => (long)i).ToList());
        (await VerifyAsync()).IsIntact.ShouldBeTrue();
    }

    private async Task ShouldBreakAsync(long sequence, AuditBreak kind)
    {
        var result = await VerifyAsync();
        result.IsIntact.ShouldBeFalse();
        (result.Break, result.FirstBrokenSequence).ShouldBe((kind, sequence));
    }

    private async Task<AuditChainResult> VerifyAsync(AuditKeys? keys = null, IAuditAnchorStore? anchors = null)
    {
        await using var db = _database.NewContext(keys: keys);
        return await new AuditChainVerifier(db, anchors).VerifyAsync();
    }

    private async Task RecordAsync(int count, AuditKeys? keys = null)
    {
        for (var i = 0; i < count; i++)
        {
            await using var db = _database.NewContext(new SystemAuditActor("test"), keys: keys);
            db.RecordAudit(AuditAction.View, "Test", i.ToString(System.Globalization.CultureInfo.InvariantCulture), detail: "Identity");
            await db.SaveChangesAsync();
        }
    }

    private async Task TamperAsync(Func<MaracDbContext, Task> attack)
    {
        await using var db = _database.NewContext();
        await attack(db);
    }

    private async Task<T> Events<T>(Func<MaracDbContext, Task<T>> read)
    {
        await using var db = _database.NewContext();
        return await read(db);
    }
}

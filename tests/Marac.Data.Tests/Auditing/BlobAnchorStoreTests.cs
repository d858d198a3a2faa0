using Azure.Storage.Blobs;
using Marac.Data.Auditing;
using Marac.Data.Entities;
using Marac.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Marac.Data.Tests.Auditing;

/// <summary>
/// The anchor store in Azure Blob Storage, against Azurite: it keeps every anchor, never overwrites one, reports
/// one changed in the container, and catches a trail cut back behind its anchors as the folder store does.
/// </summary>
public sealed class BlobAnchorStoreTests(Azurite azurite) : IClassFixture<Azurite>, IAsyncLifetime
{
    private SqliteTestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateAsync();
        for (var i = 0; i < 10; i++)
        {
            await using var db = _database.NewContext(new SystemAuditActor("test"));
            db.RecordAudit(AuditAction.View, "Test", i.ToString(System.Globalization.CultureInfo.InvariantCulture), detail: "Identity");
            await db.SaveChangesAsync();
        }
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Anchors_written_in_any_order_are_read_back_in_sequence_each_signed()
    {
        var store = new BlobAnchorStore(await azurite.NewContainerAsync());
        foreach (var sequence in new long[] { 30, 10, 20 })
        {
            await store.WriteAsync(AuditAnchor.Sign(sequence, $"H{sequence}", DateTime.UtcNow, _database.Keys));
        }

        var anchors = await store.ReadAllAsync();

        anchors.Select(a => a.Sequence).ShouldBe([10L, 20L, 30L]);
        anchors.ShouldAllBe(a => a.IsSignedBy(_database.Keys));
    }

    [Fact]
    public async Task An_anchor_is_never_overwritten_and_one_changed_in_the_container_is_reported_as_forged()
    {
        var container = await azurite.NewContainerAsync();
        var store = new BlobAnchorStore(container);
        await using (var db = _database.NewContext())
        {
            (await AuditAnchoring.AnchorHeadAsync(db, store, DateTime.UtcNow))!.Sequence.ShouldBe(10);
        }
        var anchored = (await store.ReadAllAsync()).ShouldHaveSingleItem();
        await store.WriteAsync(anchored with { Hash = "CD" });
        (await store.ReadAllAsync()).ShouldHaveSingleItem().Hash.ShouldBe(anchored.Hash);
        (await VerifyAsync(store)).IsIntact.ShouldBeTrue();

        // Someone with the storage account's key (and no immutability policy in the way) rewrites it.
        var blob = container.GetBlobClient(AuditAnchorFile.Name(anchored));
        var text = (await blob.DownloadContentAsync()).Value.Content.ToString();
        var changed = (anchored.Hash[0] == '0' ? "1" : "0") + anchored.Hash[1..];
        await blob.UploadAsync(BinaryData.FromString(text.Replace(anchored.Hash, changed, StringComparison.Ordinal)), overwrite: true);

        var result = await VerifyAsync(store);
        (result.Break, result.FirstBrokenSequence).ShouldBe((AuditBreak.ForgedAnchor, 10L));
    }

    [Fact]
    public async Task Deleting_the_tail_and_moving_the_head_back_is_caught_by_the_anchor_in_the_container()
    {
        var store = new BlobAnchorStore(await azurite.NewContainerAsync());
        await using (var db = _database.NewContext())
        {
            await AuditAnchoring.AnchorHeadAsync(db, store, DateTime.UtcNow);
            var eight = await db.AuditEvents.SingleAsync(e => e.Sequence == 8);
            await db.AuditEvents.Where(e => e.Sequence > 8).ExecuteDeleteAsync();
            await db.AuditChainHeads.ExecuteUpdateAsync(s => s.SetProperty(h => h.Sequence, 8).SetProperty(h => h.Hash, eight.Hash));
        }

        var result = await VerifyAsync(store);

        (result.Break, result.FirstBrokenSequence).ShouldBe((AuditBreak.TruncatedTail, 9L));
    }

    [Fact]
    public async Task A_container_without_an_immutability_policy_says_so()
    {
        var store = new BlobAnchorStore(await azurite.NewContainerAsync());

        (await store.HasImmutabilityPolicyAsync()).ShouldBeFalse();
    }

    private async Task<AuditChainResult> VerifyAsync(IAuditAnchorStore anchors)
    {
        await using var db = _database.NewContext();
        return await new AuditChainVerifier(db, anchors).VerifyAsync();
    }
}

using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Marac.Data.Auditing;

/// <summary>
/// Anchors as blobs in an Azure Storage container, one per anchor, never overwritten: each upload is conditional
/// on no blob of that name existing. In production the container carries a locked time-based immutability policy,
/// so not even the storage account's owner can change or delete an anchor before its retention ends.
/// </summary>
public sealed class BlobAnchorStore(BlobContainerClient container) : IAuditAnchorStore
{
    public async Task WriteAsync(AuditAnchor anchor, CancellationToken ct = default)
    {
        var blob = container.GetBlobClient(AuditAnchorFile.Name(anchor));
        var options = new BlobUploadOptions
        {
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
        };
        try
        {
            await blob.UploadAsync(BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(anchor)), options, ct);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // This head is anchored already (another instance, or an earlier run): anchors are never rewritten.
        }
    }

    public async Task<IReadOnlyList<AuditAnchor>> ReadAllAsync(CancellationToken ct = default)
    {
        var anchors = new List<AuditAnchor>();
        await foreach (var item in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, AuditAnchorFile.Prefix, ct))
        {
            var content = await container.GetBlobClient(item.Name).DownloadContentAsync(ct);
            await using var stream = content.Value.Content.ToStream();
            anchors.Add(await AuditAnchorFile.ReadAsync(item.Name, stream, ct));
        }
        return anchors.OrderBy(a => a.Sequence).ToList();
    }

    /// <summary>Whether the container protects its anchors from change: a security reviewer's first question of it.</summary>
    public async Task<bool> HasImmutabilityPolicyAsync(CancellationToken ct = default) =>
        (await container.GetPropertiesAsync(cancellationToken: ct)).Value.HasImmutabilityPolicy ?? false;
}

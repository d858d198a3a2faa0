using System.Text.Json;

namespace Marac.Data.Auditing;

/// <summary>The chain head at one moment, signed: kept outside the database, so a trail cut back behind it shows.</summary>
public sealed record AuditAnchor(long Sequence, string Hash, DateTime At, string KeyId, string Signature)
{
    public static AuditAnchor Sign(long sequence, string hash, DateTime at, AuditKeys keys) =>
        new(sequence, hash, at, keys.CurrentKeyId, keys.Sign(keys.CurrentKeyId, AuditHash.AnchorText(sequence, hash, at, keys.CurrentKeyId)));

    public bool IsSignedBy(AuditKeys keys) => keys.Verify(KeyId, AuditHash.AnchorText(Sequence, Hash, At, KeyId), Signature);
}

/// <summary>An append-only store of anchors: a folder (Development, tests) or blob storage with an immutability policy.</summary>
public interface IAuditAnchorStore
{
    Task WriteAsync(AuditAnchor anchor, CancellationToken ct = default);

    Task<IReadOnlyList<AuditAnchor>> ReadAllAsync(CancellationToken ct = default);
}

/// <summary>How an anchor is named and read in any store: one JSON document per chain head, named by its sequence.</summary>
public static class AuditAnchorFile
{
    public const string Prefix = "anchor-";

    public static string Name(AuditAnchor anchor) => $"{Prefix}{anchor.Sequence:D12}.json";

    public static async Task<AuditAnchor> ReadAsync(string name, Stream content, CancellationToken ct)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<AuditAnchor>(content, cancellationToken: ct) ?? Unreadable(name);
        }
        catch (JsonException)
        {
            return Unreadable(name);
        }
    }

    /// <summary>A document that is not an anchor: kept, unsigned, so the verifier reports it.</summary>
    private static AuditAnchor Unreadable(string name) =>
        new(long.TryParse(Path.GetFileNameWithoutExtension(name).Replace(Prefix, "", StringComparison.Ordinal), out var sequence) ? sequence : 0,
            "", DateTime.MinValue, "", "");
}

/// <summary>Anchors as files in a folder, one per anchor, never overwritten.</summary>
public sealed class FolderAnchorStore(string folder) : IAuditAnchorStore
{
    public async Task WriteAsync(AuditAnchor anchor, CancellationToken ct = default)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, AuditAnchorFile.Name(anchor));
        try
        {
            await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            await JsonSerializer.SerializeAsync(file, anchor, cancellationToken: ct);
        }
        catch (IOException) when (File.Exists(path))
        {
            // This head is anchored already (another instance, or an earlier run): anchors are never rewritten.
        }
    }

    public async Task<IReadOnlyList<AuditAnchor>> ReadAllAsync(CancellationToken ct = default)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }
        var anchors = new List<AuditAnchor>();
        foreach (var path in Directory.EnumerateFiles(folder, AuditAnchorFile.Prefix + "*.json"))
        {
            await using var file = File.OpenRead(path);
            anchors.Add(await AuditAnchorFile.ReadAsync(Path.GetFileName(path), file, ct));
        }
        return anchors.OrderBy(a => a.Sequence).ToList();
    }
}

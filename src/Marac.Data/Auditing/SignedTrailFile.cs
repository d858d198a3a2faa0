using System.Text;
using System.Text.Json;
using Marac.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Marac.Data.Auditing;

/// <summary>
/// The whole audit trail as one file an auditor can check away from Marac: JSON lines (the chain head, each
/// checkpoint, each anchor, each event in order), then a last line holding the HMAC of every byte before it. The
/// check needs the partnership's audit key, and nothing else.
/// </summary>
public static class SignedTrailFile
{
    private sealed record Line(string Type, AuditEvent? Event = null, AuditCheckpoint? Checkpoint = null, AuditAnchor? Anchor = null,
        AuditChainHead? Head = null, string? KeyId = null, string? Hmac = null);

    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public static async Task WriteAsync(MaracDbContext db, IReadOnlyList<AuditAnchor> anchors, Stream output, CancellationToken ct = default)
    {
        var body = new MemoryStream();
        await using (var writer = new StreamWriter(body, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" })
        {
            await WriteLineAsync(writer, new Line("head", Head: await db.AuditChainHeads.AsNoTracking().SingleOrDefaultAsync(ct)));
            foreach (var checkpoint in await db.AuditCheckpoints.AsNoTracking().OrderBy(c => c.LastPurgedSequence).ToListAsync(ct))
            {
                await WriteLineAsync(writer, new Line("checkpoint", Checkpoint: checkpoint));
            }
            foreach (var anchor in anchors)
            {
                await WriteLineAsync(writer, new Line("anchor", Anchor: anchor));
            }
            await foreach (var e in db.AuditEvents.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(ct))
            {
                await WriteLineAsync(writer, new Line("event", Event: e));
            }
        }
        var keys = db.AuditKeys;
        var bytes = body.ToArray();
        await output.WriteAsync(bytes, ct);
        var signature = JsonSerializer.Serialize(new Line("signature", KeyId: keys.CurrentKeyId, Hmac: keys.Sign(keys.CurrentKeyId, Encoding.UTF8.GetString(bytes))), Json);
        await output.WriteAsync(Encoding.UTF8.GetBytes(signature + "\n"), ct);
    }

    /// <summary>Checks the file's signature, then the chain inside it under the same rules as the database's.</summary>
    public static AuditChainResult Verify(byte[] file, AuditKeys keys)
    {
        var text = Encoding.UTF8.GetString(file);
        var lastLine = text.TrimEnd('\n').LastIndexOf('\n');
        var unsigned = AuditChainResult.Broken(0, 0, AuditBreak.FileAltered);
        if (lastLine < 0)
        {
            return unsigned;
        }
        var body = text[..(lastLine + 1)];
        List<Line> lines;
        Line? signature;
        try
        {
            signature = JsonSerializer.Deserialize<Line>(text[(lastLine + 1)..], Json);
            lines = body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonSerializer.Deserialize<Line>(l, Json)!).ToList();
        }
        catch (JsonException)
        {
            return unsigned;
        }
        if (signature is not { Type: "signature" } || !keys.Verify(signature.KeyId, body, signature.Hmac))
        {
            return unsigned;
        }
        var walk = new AuditChainWalk(keys);
        if (walk.Start(lines.Where(l => l.Checkpoint is not null).Select(l => l.Checkpoint!), lines.Where(l => l.Anchor is not null).Select(l => l.Anchor!).ToList()) is { } forged)
        {
            return forged;
        }
        foreach (var e in lines.Where(l => l.Event is not null).Select(l => l.Event!))
        {
            if (walk.Step(e) is { } broken)
            {
                return broken;
            }
        }
        return walk.Finish(lines.FirstOrDefault(l => l.Type == "head")?.Head);
    }

    private static Task WriteLineAsync(StreamWriter writer, Line line) => writer.WriteLineAsync(JsonSerializer.Serialize(line, Json));
}

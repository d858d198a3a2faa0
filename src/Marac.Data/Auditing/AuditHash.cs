using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Marac.Data.Entities;

namespace Marac.Data.Auditing;

/// <summary>
/// The keyed hash that links each audit event to the one before it: an HMAC over the event, the key's id and the
/// previous event's hash. Checkpoints and chain-head anchors are signed the same way.
/// </summary>
public static class AuditHash
{
    public const string Genesis = "GENESIS";

    public static string Compute(AuditEvent e, AuditKeys keys) => keys.Sign(e.KeyId!, Canonical(e, withKeyId: true));

    public static bool IsValid(AuditEvent e, AuditKeys keys) => keys.Verify(e.KeyId, Canonical(e, withKeyId: true), e.Hash);

    /// <summary>The unkeyed SHA-256 of events written before the chain was keyed: read only to bring them under a key.</summary>
    public static string Legacy(AuditEvent e) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(e, withKeyId: false))));

    public static string CheckpointText(AuditCheckpoint c) => string.Join('\u001f', "checkpoint",
        c.LastPurgedSequence.ToString(CultureInfo.InvariantCulture), c.LastPurgedHash,
        c.PurgedByUserId.ToString(CultureInfo.InvariantCulture), Utc(c.PurgedAt), c.KeyId ?? "");

    public static string AnchorText(long sequence, string hash, DateTime at, string keyId) =>
        string.Join('\u001f', "anchor", sequence.ToString(CultureInfo.InvariantCulture), hash, Utc(at), keyId);

    private static string Canonical(AuditEvent e, bool withKeyId)
    {
        var fields = new List<string>
        {
            e.Sequence.ToString(CultureInfo.InvariantCulture),
            Utc(e.OccurredAt),
            ((int)e.Action).ToString(CultureInfo.InvariantCulture),
            e.UserId?.ToString(CultureInfo.InvariantCulture) ?? "",
            e.UserDisplay ?? "",
            e.EntityType,
            e.EntityId ?? "",
            e.ReferralId?.ToString(CultureInfo.InvariantCulture) ?? "",
            e.Detail ?? "",
            e.WithheldCategories ?? "",
            e.GrantId?.ToString(CultureInfo.InvariantCulture) ?? "",
            e.Outcome ?? "",
            e.PreviousHash,
        };
        if (withKeyId)
        {
            fields.Add(e.KeyId ?? "");
        }
        return string.Join('\u001f', fields);
    }

    // SQLite hands DateTime back without its kind; the hash must not depend on that.
    private static string Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture);
}

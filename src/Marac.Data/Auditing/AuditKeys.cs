using System.Security.Cryptography;
using System.Text;

namespace Marac.Data.Auditing;

/// <summary>
/// The keys that sign the audit trail, held outside the database: an attacker who can write to the database
/// cannot re-sign an edited event. Each event records the id of the key that signed it, so the key can be
/// rotated (new events use <see cref="CurrentKeyId"/>; older ones still verify under the key they name).
/// </summary>
public sealed class AuditKeys
{
    public const int MinimumKeyBytes = 32;

    private readonly IReadOnlyDictionary<string, byte[]> _keys;

    public AuditKeys(string currentKeyId, IReadOnlyDictionary<string, byte[]> keys)
    {
        if (!keys.ContainsKey(currentKeyId))
        {
            throw new ArgumentException($"The current audit key '{currentKeyId}' is not among the configured keys.", nameof(currentKeyId));
        }
        if (keys.FirstOrDefault(k => k.Value.Length < MinimumKeyBytes) is { Key: { } shortKey })
        {
            throw new ArgumentException($"The audit key '{shortKey}' must be at least {MinimumKeyBytes} bytes.", nameof(keys));
        }
        (CurrentKeyId, _keys) = (currentKeyId, keys);
    }

    public string CurrentKeyId { get; }

    public IEnumerable<string> KeyIds => _keys.Keys;

    /// <summary>A key for this process only: what it signs cannot be verified by anyone else (bulk tools, benchmarks).</summary>
    public static AuditKeys Ephemeral()
    {
        var id = $"ephemeral-{Guid.NewGuid():N}";
        return new AuditKeys(id, new Dictionary<string, byte[]> { [id] = RandomNumberGenerator.GetBytes(MinimumKeyBytes) });
    }

    public bool Knows(string keyId) => _keys.ContainsKey(keyId);

    /// <summary>HMAC-SHA256 of the text under the named key, in hex.</summary>
    public string Sign(string keyId, string text) =>
        Convert.ToHexString(HMACSHA256.HashData(_keys[keyId], Encoding.UTF8.GetBytes(text)));

    public bool Verify(string? keyId, string text, string? signature) =>
        keyId is not null && signature is not null && Knows(keyId)
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(keyId, text)), Encoding.ASCII.GetBytes(signature));
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Marac.Data.Entities;

namespace Marac.Data.Auditing;

/// <summary>The hash that links each audit event to the one before it.</summary>
public static class AuditHash
{
    public const string Genesis = "GENESIS";

    public static string Compute(AuditEvent e)
    {
        var canonical = string.Join('\u001f',
            e.Sequence.ToString(CultureInfo.InvariantCulture),
            // SQLite hands DateTime back without its kind; the hash must not depend on that.
            DateTime.SpecifyKind(e.OccurredAt, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture),
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
            e.PreviousHash);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}

using System.Security.Cryptography;
using System.Text;

namespace Marac.Web.Features.Statistics.Import;

/// <summary>
/// The subject id for an import's pseudonymous person id: a name-based GUID (RFC 9562 version 8,
/// from SHA-256 of "import:victim:&lt;id&gt;" or "import:perpetrator:&lt;id&gt;"), so the same id in any
/// import is the same person for repeat detection. Ids are compared exactly, after trimming.
/// </summary>
public static class ImportSubjectIds
{
    public static Guid Victim(string id) => From($"import:victim:{id}");

    public static Guid Perpetrator(string id) => From($"import:perpetrator:{id}");

    private static Guid From(string name)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(name), hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}

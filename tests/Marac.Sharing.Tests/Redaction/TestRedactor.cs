using Marac.Sharing.Redaction;

namespace Marac.Sharing.Tests.Redaction;

internal static class TestRedactor
{
    public const string Location = RedactionMarkers.Location;
    public const string Identity = RedactionMarkers.Identity;

    public static TextRedactor Partnership { get; } = new(["Phoenix House", "Willow Lodge", "Harbour House", "Harbour House Annexe"]);

    public static string Redact(string text) => Partnership.Redact(text, RedactionAccess.Nothing).Text;

    public static string Redact(string text, RedactionAccess access) => Partnership.Redact(text, access).Text;
}

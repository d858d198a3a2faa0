using Marac.Sharing.Categories;

namespace Marac.Sharing.Redaction;

/// <summary>What the viewer's grant lets them see of the two categories the redactor looks for.</summary>
public readonly record struct RedactionAccess(bool LocationAndSafetyContacts, bool Identity)
{
    public static RedactionAccess Nothing => new(false, false);

    public static RedactionAccess Everything => new(true, true);

    public static RedactionAccess From(IEnumerable<DataCategory> granted)
    {
        ArgumentNullException.ThrowIfNull(granted);
        var set = granted as IReadOnlySet<DataCategory> ?? granted.ToHashSet();
        return new(set.Contains(DataCategory.LocationAndSafetyContacts), set.Contains(DataCategory.Identity));
    }

    internal bool Grants(DataCategory category) =>
        category == DataCategory.LocationAndSafetyContacts ? LocationAndSafetyContacts : Identity;
}

using Marac.Sharing.Categories;

namespace Marac.Sharing.Redaction;

/// <summary>The visible markers that replace masked text; constants so the UI can find and style them.</summary>
public static class RedactionMarkers
{
    public const string Location = "[withheld: location]";
    public const string Identity = "[withheld: identity]";

    /// <summary>Replaces the whole text when it could not be checked in time (fail closed).</summary>
    public const string Unchecked = "[withheld: text could not be checked]";

    public static string For(DataCategory category) => category switch
    {
        DataCategory.LocationAndSafetyContacts => Location,
        DataCategory.Identity => Identity,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "The redactor masks only location and identity."),
    };
}

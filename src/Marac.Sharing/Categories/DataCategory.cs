namespace Marac.Sharing.Categories;

/// <summary>What kind of information a case field holds; grants are given per category.</summary>
public enum DataCategory
{
    Identity = 1,
    Risk = 2,
    Health = 3,
    CriminalJustice = 4,
    Children = 5,
    Equality = 6,
    CaseManagement = 7,
    /// <summary>Restricted: addresses, refuges, safe phone numbers, safe times and contacts.</summary>
    LocationAndSafetyContacts = 8,
    /// <summary>
    /// Never granted: what an agency decided not to share, and why. Only that agency's own staff see it
    /// (coordinators of other agencies included in "not").
    /// </summary>
    OwnAgencyOnly = 9,
}

public static class DataCategoryNames
{
    public static string Label(this DataCategory category) => category switch
    {
        DataCategory.Identity => "Identity",
        DataCategory.Risk => "Risk",
        DataCategory.Health => "Health",
        DataCategory.CriminalJustice => "Criminal justice",
        DataCategory.Children => "Children",
        DataCategory.Equality => "Equality",
        DataCategory.CaseManagement => "Case management",
        DataCategory.LocationAndSafetyContacts => "Location and safety contacts",
        DataCategory.OwnAgencyOnly => "Own agency only",
        _ => throw new ArgumentOutOfRangeException(nameof(category)),
    };
}

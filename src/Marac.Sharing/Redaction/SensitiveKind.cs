using Marac.Sharing.Categories;

namespace Marac.Sharing.Redaction;

/// <summary>What kind of item the redactor found; each belongs to one data category.</summary>
public enum SensitiveKind
{
    Postcode = 1,
    StreetAddress = 2,
    PhoneNumber = 3,
    EmailAddress = 4,
    SensitivePlace = 5,
    NhsNumber = 6,
    NationalInsuranceNumber = 7,
    DateOfBirth = 8,
}

public static class SensitiveKinds
{
    public static DataCategory Category(this SensitiveKind kind) => kind switch
    {
        SensitiveKind.NhsNumber or SensitiveKind.NationalInsuranceNumber or SensitiveKind.DateOfBirth => DataCategory.Identity,
        _ => DataCategory.LocationAndSafetyContacts,
    };
}

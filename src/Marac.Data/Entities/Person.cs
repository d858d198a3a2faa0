namespace Marac.Data.Entities;

/// <summary>
/// A victim, perpetrator or child as recorded on one referral. Records of the same real person
/// share a <see cref="SubjectId"/> once a coordinator confirms the match, so history stays per
/// referral while repeat detection works across them.
/// </summary>
public class Person
{
    public int Id { get; set; }
    public Guid SubjectId { get; set; } = Guid.NewGuid();
    public string GivenName { get; set; } = "";
    public string FamilyName { get; set; } = "";
    public DateOnly? DateOfBirth { get; set; }
    public Gender Gender { get; set; }
    public Ethnicity Ethnicity { get; set; }
    public YesNoNotKnown Disabled { get; set; }
    public YesNoNotKnown Lgbt { get; set; }
    public string? PreferredLanguage { get; set; }
    public bool InterpreterNeeded { get; set; }
    public YesNoNotKnown Pregnant { get; set; }
    public string? ImmigrationStatus { get; set; }
    public bool NoRecourseToPublicFunds { get; set; }
    public string? Address { get; set; }
    public string? Postcode { get; set; }
    public string? Phone { get; set; }
    public YesNoNotKnown SafeToCall { get; set; }
    public string? SafeTimesToCall { get; set; }
    /// <summary>Normalised name keys (given+family in either order), computed in C# for matching.</summary>
    public string NameKey { get; set; } = "";
    public List<PersonAlias> Aliases { get; set; } = [];
    public Guid Version { get; set; } = Guid.NewGuid();

    public string FullName => $"{GivenName} {FamilyName}".Trim();
}

public class PersonAlias
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public required string Name { get; set; }
    public string NameKey { get; set; } = "";
}

using System.ComponentModel.DataAnnotations;

using Marac.Web.Infrastructure.GovUk;

namespace Marac.Web.Features.Governance.SubjectAccess;

/// <summary>Who the request is about. Posted only, never in a URL.</summary>
public sealed class SubjectSearch
{
    [Required(ErrorMessage = "Enter the person's given name")]
    [StringLength(100, ErrorMessage = "Given name must be 100 characters or fewer")]
    [SingleLine]
    public string? GivenName { get; set; }

    [Required(ErrorMessage = "Enter the person's family name")]
    [StringLength(100, ErrorMessage = "Family name must be 100 characters or fewer")]
    [SingleLine]
    public string? FamilyName { get; set; }

    /// <summary>Narrows the search: records with another date of birth are left out; records without one are kept.</summary>
    public DateOnly? DateOfBirth { get; set; }

    /// <summary>The criteria used, by name only, for the audit trail.</summary>
    public string Describe() => DateOfBirth is null ? "criteria: name" : "criteria: name, date of birth";
}

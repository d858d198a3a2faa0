using System.ComponentModel.DataAnnotations;
using Marac.Data.Configurations;
using Marac.Data.Entities;
using Marac.Sharing.Categories;

using Marac.Web.Infrastructure.GovUk;

namespace Marac.Web.Features.Administration.Agencies;

/// <summary>What the agency form posts. Everything is kept as typed when the page is shown again.</summary>
public sealed class AgencyForm
{
    public const string TenantIdExample = "0a1b2c3d-4e5f-6789-abcd-ef0123456789";

    /// <summary>The version the administrator started from; a different stored version means someone else saved meanwhile.</summary>
    public Guid? Version { get; set; }

    [Display(Name = "Agency name")]
    [Required(ErrorMessage = "Enter the agency's name")]
    [StringLength(FieldLengths.Short, ErrorMessage = "Agency name must be 200 characters or fewer")]
    [SingleLine]
    public string? Name { get; set; }

    [Display(Name = "SafeLives referral source category")]
    [Required(ErrorMessage = "Select the agency's SafeLives referral source category")]
    public ReferralSource? SourceCategory { get; set; }

    [Required(ErrorMessage = "Select yes if the agency works only with children")]
    public bool? ServesOnlyChildren { get; set; }

    [Display(Name = "Entra tenant ID")]
    [StringLength(100, ErrorMessage = "Enter the Entra tenant ID in the correct format, like " + TenantIdExample)]
    public string? TenantId { get; set; }

    [Display(Name = "Information-sharing agreement date")]
    public DateOnly? InformationSharingAgreementDate { get; set; }

    [Required(ErrorMessage = "Select yes if the agency is invited to every meeting")]
    public bool? IsCoreMember { get; set; }

    [Required(ErrorMessage = "Select whether the agency is active")]
    public bool? IsActive { get; set; }

    /// <summary>The register entry the agency relies on; a new agency left without one gets the usual basis for its category.</summary>
    [Display(Name = "Lawful basis")]
    public int? LawfulBasisId { get; set; }

    /// <summary>The categories granted when an agenda is published to the agency; a new agency left without any gets its category's default.</summary>
    [Display(Name = "Default sharing profile")]
    public List<DataCategory> SharingProfile { get; set; } = [];

    /// <summary>Messages for values model binding could not read (a tampered radio, a date part that is not a number).</summary>
    public static IReadOnlyDictionary<string, string> BindingMessages { get; } = new Dictionary<string, string>
    {
        [nameof(SourceCategory)] = "Select the agency's SafeLives referral source category from the list",
        [nameof(ServesOnlyChildren)] = "Select yes if the agency works only with children",
        [nameof(IsCoreMember)] = "Select yes if the agency is invited to every meeting",
        [nameof(IsActive)] = "Select whether the agency is active",
        [nameof(LawfulBasisId)] = "Select a lawful basis from the list",
    };

    public static AgencyForm From(Agency agency) => new()
    {
        Version = agency.Version,
        Name = agency.Name,
        SourceCategory = agency.SourceCategory,
        ServesOnlyChildren = agency.ServesOnlyChildren,
        TenantId = agency.TenantId?.ToString("D"),
        InformationSharingAgreementDate = agency.InformationSharingAgreementDate,
        IsCoreMember = agency.IsCoreMember,
        IsActive = agency.IsActive,
        LawfulBasisId = agency.LawfulBasisId,
        SharingProfile = new CategorySet(agency.SharingProfile).ToList(),
    };

    /// <summary>A new agency's starting answers: core member and active, as most are.</summary>
    public static AgencyForm ForNewAgency() => new() { ServesOnlyChildren = false, IsCoreMember = true, IsActive = true };
}

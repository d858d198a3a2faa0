using System.ComponentModel.DataAnnotations;
using Marac.Data.Entities;

namespace Marac.Web.Features.Administration.Staff;

/// <summary>What the staff access form posts: agency, roles and whether the person has access.</summary>
public sealed class StaffForm
{
    public Guid? Version { get; set; }

    [Display(Name = "Agency")]
    public int? AgencyId { get; set; }

    public List<AppRoles> Roles { get; set; } = [];

    [Display(Name = "Access")]
    [Required(ErrorMessage = "Select whether this person has access or has left")]
    public StaffUserStatus? Status { get; set; }

    public AppRoles CombinedRoles => Roles.Aggregate(AppRoles.None, (all, role) => all | role);

    public static StaffForm From(StaffUser user) => new()
    {
        Version = user.Version,
        AgencyId = user.AgencyId,
        Roles = Enum.GetValues<AppRoles>().Where(r => r != AppRoles.None && (user.Roles & r) == r).ToList(),
        Status = user.Status,
    };
}

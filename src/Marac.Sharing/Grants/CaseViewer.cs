using Marac.Data.Entities;

namespace Marac.Sharing.Grants;

/// <summary>Who is asking to see a case: a member of staff, their agency and their roles.</summary>
public sealed record CaseViewer(int UserId, int? AgencyId, AppRoles Roles, bool AgencyServesOnlyChildren = false, bool AgencyIsIdva = false)
{
    public bool Has(AppRoles role) => (Roles & role) == role;

    /// <summary>
    /// Whether grants can name this viewer: an agency representative who is neither an administrator nor a
    /// partnership lead (whom the policy never lets see case content).
    /// </summary>
    public bool CanHoldGrants => Has(AppRoles.AgencyRepresentative) && !Has(AppRoles.Administrator) && !Has(AppRoles.PartnershipLead);
}

using Marac.Data.Entities;

namespace Marac.Sharing.Grants;

/// <summary>Who is asking to see a case: a member of staff, their agency and their roles.</summary>
public sealed record CaseViewer(int UserId, int? AgencyId, AppRoles Roles, bool AgencyServesOnlyChildren = false)
{
    public bool Has(AppRoles role) => (Roles & role) == role;
}

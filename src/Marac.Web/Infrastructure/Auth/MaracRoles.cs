using Marac.Data.Entities;

namespace Marac.Web.Infrastructure.Auth;

/// <summary>The app roles, as named in the Entra app registration's <c>roles</c> claim.</summary>
public static class MaracRoles
{
    public const string Coordinator = "Marac.Coordinator";
    public const string Chair = "Marac.Chair";
    public const string AgencyRepresentative = "Marac.AgencyRepresentative";
    public const string Referrer = "Marac.Referrer";
    public const string PartnershipLead = "Marac.PartnershipLead";
    public const string Administrator = "Marac.Administrator";

    public static readonly IReadOnlyDictionary<string, AppRoles> ByName = new Dictionary<string, AppRoles>
    {
        [Coordinator] = AppRoles.Coordinator,
        [Chair] = AppRoles.Chair,
        [AgencyRepresentative] = AppRoles.AgencyRepresentative,
        [Referrer] = AppRoles.Referrer,
        [PartnershipLead] = AppRoles.PartnershipLead,
        [Administrator] = AppRoles.Administrator,
    };

    public static IEnumerable<string> NamesOf(AppRoles roles) =>
        ByName.Where(r => (roles & r.Value) == r.Value).Select(r => r.Key);

    public static AppRoles Parse(IEnumerable<string> names) =>
        names.Aggregate(AppRoles.None, (all, name) => all | ByName.GetValueOrDefault(name));
}

/// <summary>Claims the app adds from its own database on every request.</summary>
public static class MaracClaims
{
    public const string TenantId = "tid";
    public const string ObjectId = "oid";
    public const string Name = "name";
    public const string Role = "roles";
    public const string StaffUserId = "marac:uid";
    public const string AgencyId = "marac:agency";
    public const string AgencyName = "marac:agency_name";
    public const string AccessStatus = "marac:status";
    public const string ActiveStatus = "active";
}

/// <summary>Authorisation policy names; each feature is guarded by one.</summary>
public static class Policies
{
    public const string ActiveUser = "ActiveUser";
    public const string SignedIn = "SignedIn";
    public const string Coordinator = "Coordinator";
    public const string MakesReferrals = "MakesReferrals";
    public const string CaseWorker = "CaseWorker";
    public const string Statistics = "Statistics";
    public const string Administrator = "Administrator";
    public const string CaseImport = "CaseImport";
}

namespace Marac.Web.Infrastructure.Auth;

public static class RoleNames
{
    public static string Describe(string role) => role switch
    {
        MaracRoles.Coordinator => "MARAC coordinator",
        MaracRoles.Chair => "Chair",
        MaracRoles.AgencyRepresentative => "Agency representative",
        MaracRoles.Referrer => "Referrer",
        MaracRoles.PartnershipLead => "Partnership lead",
        MaracRoles.Administrator => "Administrator",
        _ => role,
    };
}
